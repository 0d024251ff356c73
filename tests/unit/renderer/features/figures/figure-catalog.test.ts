import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { figureIds } from '../../../../../electron/shared/content/ids'
import {
  figureCatalog,
  figureOrder,
  isFigureId,
} from '../../../../../renderer/src/features/figures/figure-catalog'
import { resourcesDir } from '../../../helpers'

function noteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? noteFiles(full) : e.name.endsWith('.md') ? [full] : []
  })
}

describe('figure catalog', () => {
  it('has exactly the figure ids the content format defines', () => {
    expect([...figureOrder].sort()).toEqual([...figureIds].sort())
  })

  it('knows every figure the notes embed', () => {
    const embedded = noteFiles(path.join(resourcesDir, 'notes')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^@\[figure\]\(([a-z0-9-]+)\)$/gm)].map((m) => m[1]!),
    )
    expect(embedded.length).toBeGreaterThanOrEqual(5)
    for (const id of embedded) expect(isFigureId(id), id).toBe(true)
  })

  it('rejects unknown ids, including inherited property names', () => {
    expect(isFigureId('distributions')).toBe(true)
    expect(isFigureId('histogram')).toBe(false)
    expect(isFigureId('toString')).toBe(false)
  })

  it('gives every figure a distinct title and a one-line blurb', () => {
    const titles = figureOrder.map((id) => figureCatalog[id].title)
    expect(new Set(titles).size).toBe(titles.length)
    for (const id of figureOrder) expect(figureCatalog[id].blurb.length, id).toBeGreaterThan(20)
  })
})
