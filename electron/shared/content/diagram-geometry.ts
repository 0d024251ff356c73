import type { Diagram, DiagramNode } from './diagram-schema'
import {
  GROUP_INSET,
  GROUP_LABEL,
  NODE_GAP,
  boxContains,
  boxesOverlap,
  edgeLabelBox,
  estimateTextWidth,
  groupLabelBox,
  insetBox,
  layoutNodeText,
  routeEdge,
  segmentIntersectsBox,
  type Box,
  type Point,
} from './diagram-layout'

// Checks that a diagram is legible: nothing overlaps, every label fits, every reference resolves. The content
// test runs it over every diagram file, so a layout mistake fails the build rather than reaching the screen.

export { boxesOverlap, estimateTextWidth }

export type DiagramProblemCode =
  | 'duplicate-id'
  | 'missing-group'
  | 'missing-node'
  | 'missing-edge'
  | 'self-loop'
  | 'outside-canvas'
  | 'outside-group'
  | 'in-foreign-group'
  | 'group-overlap'
  | 'group-label'
  | 'node-overlap'
  | 'label-too-long'
  | 'edge-crosses-node'
  | 'edge-overlap'
  | 'edge-label-overlap'

/** Clear space around an edge label, enough to keep it off the arrowhead (10 px) at the end of its edge. */
export const LABEL_CLEARANCE = 12

export interface DiagramProblem {
  code: DiagramProblemCode
  message: string
}

/** True when a node's label and sublabel fit inside its box. */
export function labelFits(node: Pick<DiagramNode, 'x' | 'y' | 'w' | 'h' | 'label' | 'sublabel'>): boolean {
  const layout = layoutNodeText(node)
  return layout.labelFits && layout.sublabelFits && layout.heightFits
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const id of ids) (seen.has(id) ? dup : seen).add(id)
  return [...dup]
}

function segments(points: readonly Point[]): Array<[Point, Point]> {
  const out: Array<[Point, Point]> = []
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    if (a && b) out.push([a, b])
  }
  return out
}

/** Lists everything that would make a diagram illegible or broken; an empty list means it is fine. */
export function checkDiagram(diagram: Diagram): DiagramProblem[] {
  const problems: DiagramProblem[] = []
  const add = (code: DiagramProblemCode, message: string): void => {
    problems.push({ code, message })
  }
  const canvas: Box = { x: 0, y: 0, w: diagram.width, h: diagram.height }

  for (const [kind, ids] of [
    ['group', diagram.groups.map((g) => g.id)],
    ['node', diagram.nodes.map((n) => n.id)],
    ['edge', diagram.edges.map((e) => e.id)],
  ] as const) {
    for (const id of duplicates(ids)) add('duplicate-id', `${kind} id "${id}" is used more than once`)
  }
  const groups = new Map(diagram.groups.map((g) => [g.id, g]))
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]))
  const edgeIds = new Set(diagram.edges.map((e) => e.id))

  for (const g of diagram.groups) {
    if (!boxContains(canvas, g)) add('outside-canvas', `group "${g.id}" extends outside the canvas`)
    if (estimateTextWidth(g.label, GROUP_LABEL.font, true) + 2 * GROUP_LABEL.padX > g.w) {
      add('group-label', `group "${g.id}" label "${g.label}" is wider than the group`)
    }
    for (const h of diagram.groups) {
      if (h === g) continue
      if (g.id < h.id && boxesOverlap(g, h) && !boxContains(g, h) && !boxContains(h, g)) {
        add('group-overlap', `groups "${g.id}" and "${h.id}" partly overlap`)
      }
      if (boxContains(g, h) && boxesOverlap(groupLabelBox(g), h)) {
        add('group-label', `group "${h.id}" covers the label of group "${g.id}"`)
      }
    }
  }

  for (const n of diagram.nodes) {
    if (!boxContains(canvas, n)) add('outside-canvas', `node "${n.id}" extends outside the canvas`)
    const text = layoutNodeText(n)
    if (!text.labelFits) add('label-too-long', `node "${n.id}" label "${n.label}" does not fit in ${n.w} px`)
    if (!text.sublabelFits)
      add('label-too-long', `node "${n.id}" sublabel "${n.sublabel ?? ''}" does not fit in ${n.w} px`)
    if (!text.heightFits) add('label-too-long', `node "${n.id}" text does not fit in its height of ${n.h} px`)
    const own = n.group === undefined ? undefined : groups.get(n.group)
    if (n.group !== undefined && !own)
      add('missing-group', `node "${n.id}" names a missing group "${n.group}"`)
    if (own) {
      const inner: Box = { x: own.x, y: own.y + GROUP_LABEL.band, w: own.w, h: own.h - GROUP_LABEL.band }
      if (!boxContains(inner, n, GROUP_INSET))
        add('outside-group', `node "${n.id}" is not inside its group "${own.id}"`)
    }
    for (const g of diagram.groups) {
      if (g === own || !boxesOverlap(g, n)) continue
      if (own && boxContains(g, own)) continue
      add('in-foreign-group', `node "${n.id}" overlaps group "${g.id}" it does not belong to`)
    }
  }
  diagram.nodes.forEach((a, i) => {
    for (const b of diagram.nodes.slice(i + 1)) {
      if (boxesOverlap(a, b, NODE_GAP))
        add('node-overlap', `nodes "${a.id}" and "${b.id}" overlap or are closer than ${NODE_GAP} px`)
    }
  })

  const routes: Array<{ id: string; points: Point[]; label?: Box }> = []
  for (const e of diagram.edges) {
    const from = nodes.get(e.from)
    const to = nodes.get(e.to)
    if (!from) add('missing-node', `edge "${e.id}" starts at a missing node "${e.from}"`)
    if (!to) add('missing-node', `edge "${e.id}" ends at a missing node "${e.to}"`)
    if (!from || !to) continue
    if (from === to) {
      add('self-loop', `edge "${e.id}" joins node "${from.id}" to itself`)
      continue
    }
    const points = routeEdge(from, to)
    for (const m of diagram.nodes) {
      if (m === from || m === to) continue
      if (segments(points).some(([a, b]) => segmentIntersectsBox(a, b, insetBox(m, 1)))) {
        add('edge-crosses-node', `edge "${e.id}" passes through node "${m.id}"`)
      }
    }
    const label = e.label === undefined ? undefined : edgeLabelBox(e.label, points)
    if (label) {
      if (!boxContains(canvas, label))
        add('outside-canvas', `the label of edge "${e.id}" is outside the canvas`)
      for (const m of diagram.nodes) {
        if (boxesOverlap(label, m, LABEL_CLEARANCE))
          add('edge-label-overlap', `the label of edge "${e.id}" overlaps node "${m.id}"`)
      }
      for (const g of diagram.groups) {
        if (boxesOverlap(label, groupLabelBox(g)))
          add('edge-label-overlap', `the label of edge "${e.id}" overlaps group label "${g.id}"`)
      }
    }
    routes.push(label ? { id: e.id, points, label } : { id: e.id, points })
  }
  routes.forEach((r, i) => {
    for (const s of routes.slice(i + 1)) {
      const same = (p: Point[], q: Point[]): boolean =>
        p.length === q.length && p.every((pt, k) => pt.x === q[k]?.x && pt.y === q[k]?.y)
      if (same(r.points, s.points) || same(r.points, [...s.points].reverse())) {
        add('edge-overlap', `edges "${r.id}" and "${s.id}" are drawn on top of each other`)
      }
      if (r.label && s.label && boxesOverlap(r.label, s.label)) {
        add('edge-label-overlap', `the labels of edges "${r.id}" and "${s.id}" overlap`)
      }
    }
    for (const s of routes) {
      if (s === r || !r.label) continue
      const box = r.label
      if (segments(s.points).some(([a, b]) => segmentIntersectsBox(a, b, insetBox(box, 1)))) {
        add('edge-label-overlap', `the label of edge "${r.id}" covers edge "${s.id}"`)
      }
    }
  })

  diagram.steps.forEach((step, i) => {
    if (!edgeIds.has(step.edge)) add('missing-edge', `step ${i + 1} names a missing edge "${step.edge}"`)
  })
  return problems
}
