import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDiagram } from '../../../../../electron/shared/content/diagram-schema'
import { diagramPreview } from '../../../../../electron/core/services/diagram-relations'
import { buildThumbnail } from '../../../../../renderer/src/features/diagrams/diagram-thumbnail'
import { resourcesDir } from '../../../helpers'

const dir = path.join(resourcesDir, 'diagrams')

describe('gallery thumbnails', () => {
  it.each(fs.readdirSync(dir))(
    '%s: one arrow per edge, each leaving its source box and reaching its target',
    (file) => {
      const diagram = parseDiagram(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), file)
      const thumb = buildThumbnail(diagramPreview(diagram))
      expect(thumb.viewBox).toBe(`0 0 ${diagram.width} ${diagram.height}`)
      expect(thumb.nodes).toHaveLength(diagram.nodes.length)
      expect(thumb.edges).toHaveLength(diagram.edges.length)
      const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
      thumb.edges.forEach((d, i) => {
        const edge = diagram.edges[i]!
        const coords = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({
          x: Number(m[1]),
          y: Number(m[2]),
        }))
        const near = (p: { x: number; y: number }, id: string) => {
          const b = byId.get(id)!
          return p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1
        }
        expect(near(coords[0]!, edge.from)).toBe(true)
        expect(near(coords.at(-1)!, edge.to)).toBe(true)
      })
    },
  )
})
