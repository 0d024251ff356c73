import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode } from '@shared/content/diagram-schema'
import {
  edgeLabelAnchor,
  edgeLabelBox,
  groupLabelBox,
  layoutNodeText,
  routeEdge,
  type Box,
  type NodeTextLayout,
  type Point,
} from '@shared/content/diagram-layout'

// Turns diagram data into what the SVG draws, using the same layout rules as the content checker.

export interface RenderGroup {
  group: DiagramGroup
  labelBox: Box
}
export interface RenderNode {
  node: DiagramNode
  layout: NodeTextLayout
}
export interface RenderEdge {
  edge: DiagramEdge
  points: Point[]
  path: string
  label: { text: string; box: Box; anchor: Point } | null
}
export interface RenderModel {
  groups: RenderGroup[]
  nodes: RenderNode[]
  edges: RenderEdge[]
}

/** SVG path data for a polyline. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ')
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** Computes groups, node text layouts and routed edges for a diagram. */
export function buildRenderModel(diagram: Diagram): RenderModel {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
  const edges: RenderEdge[] = []
  for (const edge of diagram.edges) {
    const from = byId.get(edge.from)
    const to = byId.get(edge.to)
    if (!from || !to || from === to) continue
    const points = routeEdge(from, to)
    const label =
      edge.label === undefined
        ? null
        : { text: edge.label, box: edgeLabelBox(edge.label, points), anchor: edgeLabelAnchor(points) }
    edges.push({ edge, points, path: pathData(points), label })
  }
  return {
    groups: diagram.groups.map((group) => ({ group, labelBox: groupLabelBox(group) })),
    nodes: diagram.nodes.map((node) => ({ node, layout: layoutNodeText(node) })),
    edges,
  }
}

/** The accessible name of a node: its label, sublabel and key facts. */
export function nodeAriaLabel(node: DiagramNode): string {
  // The visible words come first and in order (no brackets), so speech input can name the box as it reads.
  const name = node.sublabel ? `${node.label}, ${node.sublabel}` : node.label
  return `${name}. ${node.facts.join(' ')}`
}

/** One line of the text alternative for an edge, e.g. "Producers → Kinesis Data Streams: PutRecords". */
export function describeEdge(diagram: Diagram, edge: DiagramEdge): string {
  const label = (id: string): string => diagram.nodes.find((n) => n.id === id)?.label ?? id
  const text = `${label(edge.from)} → ${label(edge.to)}`
  return edge.label ? `${text}: ${edge.label}` : text
}
