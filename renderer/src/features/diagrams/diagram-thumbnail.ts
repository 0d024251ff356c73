import type { DiagramPreview } from '@shared/contracts/diagrams'
import { routeEdge, type Box } from '@shared/content/diagram-layout'
import { pathData } from './components/diagram-render-model'

// The gallery's small sketch of a diagram: the same boxes and routed arrows as the full drawing, without text.

export interface Thumbnail {
  viewBox: string
  groups: Box[]
  nodes: Box[]
  edges: string[]
}

/** Turns a diagram's preview into what the thumbnail SVG draws. */
export function buildThumbnail(preview: DiagramPreview): Thumbnail {
  const edges = preview.edges.flatMap(([from, to]) => {
    const a = preview.nodes[from]
    const b = preview.nodes[to]
    return a && b && a !== b ? [pathData(routeEdge(a, b))] : []
  })
  return {
    viewBox: `0 0 ${preview.width} ${preview.height}`,
    groups: preview.groups,
    nodes: preview.nodes,
    edges,
  }
}
