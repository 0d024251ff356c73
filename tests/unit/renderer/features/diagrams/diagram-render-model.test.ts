import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramNode } from '../../../../../electron/shared/content/diagram-schema'
import {
  buildRenderModel,
  describeEdge,
  nodeAriaLabel,
  pathData,
} from '../../../../../renderer/src/features/diagrams/components/diagram-render-model'

const node = (over: Partial<DiagramNode>): DiagramNode => ({
  id: 'kds',
  label: 'Kinesis Data Streams',
  icon: 'stream',
  x: 20,
  y: 20,
  w: 180,
  h: 64,
  facts: ['Shards hold records for 24 hours by default.'],
  ...over,
})

describe('diagram render model', () => {
  it('names a box by its visible words first, in order, then its facts', () => {
    const name = nodeAriaLabel(node({ sublabel: 'shards + partition keys' }))
    expect(name).toBe(
      'Kinesis Data Streams, shards + partition keys. Shards hold records for 24 hours by default.',
    )
    expect(name).not.toMatch(/[()]/)
    expect(nodeAriaLabel(node({}))).toBe('Kinesis Data Streams. Shards hold records for 24 hours by default.')
  })

  it('writes polylines as SVG path data rounded to a tenth', () => {
    expect(
      pathData([
        { x: 1, y: 2.345 },
        { x: 10.06, y: 2 },
      ]),
    ).toBe('M1 2.3 L10.1 2')
  })

  it('routes every edge between known boxes and skips broken ones', () => {
    const a = node({ id: 'a', label: 'Producer' })
    const b = node({ id: 'b', label: 'Consumer', x: 400 })
    const diagram = {
      groups: [],
      nodes: [a, b],
      edges: [
        { id: 'ab', from: 'a', to: 'b', label: 'PutRecords' },
        { id: 'ax', from: 'a', to: 'missing' },
        { id: 'aa', from: 'a', to: 'a' },
      ],
    } as unknown as Diagram
    const model = buildRenderModel(diagram)
    expect(model.edges.map((e) => e.edge.id)).toEqual(['ab'])
    const [start, end] = [model.edges[0]!.points[0]!, model.edges[0]!.points.at(-1)!]
    expect(start.x).toBe(a.x + a.w)
    expect(end.x).toBe(b.x)
    expect(model.edges[0]!.label?.text).toBe('PutRecords')
    expect(describeEdge(diagram, diagram.edges[0]!)).toBe('Producer → Consumer: PutRecords')
  })
})
