import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDiagram, type Diagram, type DiagramNode } from '../../../electron/shared/content/diagram-schema'
import {
  boxesOverlap,
  checkDiagram,
  estimateTextWidth,
  labelFits,
} from '../../../electron/shared/content/diagram-geometry'
import { routeEdge, segmentIntersectsBox } from '../../../electron/shared/content/diagram-layout'

const dir = fileURLToPath(new URL('../../../resources/diagrams/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
const plannedIds = [
  'kinesis-family',
  'kinesis-data-streams',
  'data-firehose-delivery',
  'streaming-analytics',
  'kinesis-video-streams',
  'glue-catalog-crawlers',
  'glue-etl',
  'athena-data-lake',
  's3-encryption',
  'ml-pipeline-step-functions',
]

function load(file: string): Diagram {
  return parseDiagram(JSON.parse(readFileSync(join(dir, file), 'utf8')), file)
}

describe('diagram files', () => {
  it('include every planned diagram', () => {
    expect(files.map((f) => basename(f, '.json')).sort()).toEqual([...plannedIds].sort())
  })

  it.each(files)('%s validates, is named by its id and has no layout problems', (file) => {
    const diagram = load(file)
    expect(diagram.id).toBe(basename(file, '.json'))
    expect(checkDiagram(diagram)).toEqual([])
  })

  it.each(files)('%s has a step for each hop of its walk-through, each on an existing edge', (file) => {
    const diagram = load(file)
    const edgeIds = new Set(diagram.edges.map((e) => e.id))
    expect(diagram.steps.length).toBeGreaterThanOrEqual(3)
    for (const step of diagram.steps) expect(edgeIds.has(step.edge)).toBe(true)
  })
})

const baseNode = (over: Partial<DiagramNode> = {}): DiagramNode => ({
  id: 'a',
  label: 'Amazon S3',
  icon: 'bucket',
  x: 20,
  y: 20,
  w: 180,
  h: 64,
  facts: ['A fact that is long enough.'],
  ...over,
})

const baseDiagram = (over: Partial<Diagram> = {}): Diagram => ({
  id: 'test',
  title: 'Test',
  description: 'A small diagram for tests.',
  notes: ['s3-overview'],
  width: 800,
  height: 400,
  groups: [],
  nodes: [baseNode({ id: 'a' }), baseNode({ id: 'b', label: 'Amazon Athena', x: 400 })],
  edges: [{ id: 'a-b', from: 'a', to: 'b', label: 'scan' }],
  steps: [{ edge: 'a-b', text: 'Athena scans the data in S3.' }],
  ...over,
})

describe('geometry', () => {
  it('estimates wide letters wider than narrow ones and scales with the font size', () => {
    expect(estimateTextWidth('WWWW', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12))
    expect(estimateTextWidth('Kinesis', 26)).toBeCloseTo(2 * estimateTextWidth('Kinesis', 13))
    expect(estimateTextWidth('Kinesis', 13, true)).toBeGreaterThan(estimateTextWidth('Kinesis', 13))
    // Conservative: never narrower than Helvetica/Arial, whose advance widths give 9.614 em and 5.891 em here.
    expect(estimateTextWidth('Kinesis Data Streams', 13)).toBeGreaterThan(9.614 * 13)
    expect(estimateTextWidth('partition keys', 10)).toBeGreaterThan(5.891 * 10)
  })

  it('detects overlapping boxes, and boxes closer than a gap', () => {
    const a = { x: 0, y: 0, w: 100, h: 50 }
    expect(boxesOverlap(a, { x: 50, y: 25, w: 100, h: 50 })).toBe(true)
    expect(boxesOverlap(a, { x: 110, y: 0, w: 100, h: 50 })).toBe(false)
    expect(boxesOverlap(a, { x: 110, y: 0, w: 100, h: 50 }, 12)).toBe(true)
  })

  it('says whether a label fits its box', () => {
    expect(labelFits(baseNode())).toBe(true)
    expect(
      labelFits(baseNode({ label: 'Amazon Kinesis Data Streams with enhanced fan-out consumers' })),
    ).toBe(false)
    expect(labelFits(baseNode({ label: 'Supercalifragilisticexpialidocious' }))).toBe(false)
    expect(
      labelFits(baseNode({ sublabel: 'a sublabel that is far too long to fit in two lines of this box' })),
    ).toBe(false)
  })

  it('routes straight across a gap and with an elbow otherwise', () => {
    const a = { x: 0, y: 0, w: 100, h: 60 }
    expect(routeEdge(a, { x: 200, y: 20, w: 100, h: 60 })).toHaveLength(2)
    expect(routeEdge(a, { x: 200, y: 200, w: 100, h: 60 })).toHaveLength(4)
    expect(routeEdge(a, { x: 0, y: 200, w: 100, h: 60 })).toEqual([
      { x: 50, y: 60 },
      { x: 50, y: 200 },
    ])
    expect(segmentIntersectsBox({ x: 0, y: 30 }, { x: 300, y: 30 }, { x: 100, y: 0, w: 50, h: 60 })).toBe(
      true,
    )
    expect(segmentIntersectsBox({ x: 0, y: 90 }, { x: 300, y: 90 }, { x: 100, y: 0, w: 50, h: 60 })).toBe(
      false,
    )
  })
})

describe('checkDiagram', () => {
  const codes = (d: Diagram): string[] => checkDiagram(d).map((p) => p.code)

  it('passes a clean diagram', () => {
    expect(checkDiagram(baseDiagram())).toEqual([])
  })

  it('catches overlapping nodes', () => {
    const d = baseDiagram({ nodes: [baseNode({ id: 'a' }), baseNode({ id: 'b', x: 120, y: 40 })] })
    expect(codes(d)).toContain('node-overlap')
  })

  it('catches a label too long for its node', () => {
    const d = baseDiagram({
      nodes: [
        baseNode({ id: 'a', label: 'ProvisionedThroughputExceededException' }),
        baseNode({ id: 'b', x: 400 }),
      ],
    })
    expect(codes(d)).toContain('label-too-long')
  })

  it('catches dangling edges, steps on missing edges and duplicate ids', () => {
    const d = baseDiagram({
      edges: [
        { id: 'a-b', from: 'a', to: 'b' },
        { id: 'a-b', from: 'a', to: 'ghost' },
      ],
      steps: [{ edge: 'nowhere', text: 'A step on a missing edge.' }],
    })
    const found = checkDiagram(d)
    expect(found.map((p) => p.code)).toEqual(
      expect.arrayContaining(['missing-node', 'missing-edge', 'duplicate-id']),
    )
    expect(found.find((p) => p.code === 'missing-node')?.message).toContain('ghost')
  })

  it('catches nodes outside the canvas or their group, and in a foreign group', () => {
    const group = { id: 'g', label: 'Group', kind: 'cloud' as const, x: 380, y: 0, w: 240, h: 120 }
    const d = baseDiagram({
      groups: [group],
      nodes: [
        baseNode({ id: 'a', group: 'g' }),
        baseNode({ id: 'b', x: 400, y: 40 }),
        baseNode({ id: 'c', x: 700 }),
      ],
      edges: [{ id: 'a-c', from: 'a', to: 'c' }],
      steps: [{ edge: 'a-c', text: 'A step between two nodes.' }],
    })
    expect(codes(d)).toEqual(expect.arrayContaining(['outside-group', 'in-foreign-group', 'outside-canvas']))
  })

  it('catches an edge through another node and an edge label on a node', () => {
    const d = baseDiagram({
      nodes: [baseNode({ id: 'a' }), baseNode({ id: 'm', x: 260 }), baseNode({ id: 'b', x: 520 })],
      edges: [
        { id: 'a-b', from: 'a', to: 'b' },
        { id: 'a-m', from: 'a', to: 'm', label: 'a label much wider than the gap' },
      ],
    })
    expect(codes(d)).toEqual(expect.arrayContaining(['edge-crosses-node', 'edge-label-overlap']))
  })
})

describe('parseDiagram', () => {
  it('names the file and the bad field', () => {
    const bad = {
      ...baseDiagram(),
      nodes: [baseNode({ icon: 'unicorn' as never }), baseNode({ id: 'b', x: 400 })],
    }
    expect(() => parseDiagram(bad, 'bad.json')).toThrow(/bad\.json.*nodes\[0\]\.icon/)
  })

  it('rejects unknown keys', () => {
    expect(() => parseDiagram({ ...baseDiagram(), colour: 'red' }, 'extra.json')).toThrow(/extra\.json/)
  })
})
