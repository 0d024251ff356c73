import type { DiagramGroup, DiagramNode } from './diagram-schema'

// Pure layout rules shared by the diagram checker (diagram-geometry.ts) and the SVG renderer, so that what the
// test checks is what the screen shows: where a node's text goes, how an edge is routed, where its label sits.

export interface Point {
  x: number
  y: number
}
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Node text metrics: a glyph on the left, then a label and an optional sublabel, each up to two lines. */
export const NODE_LAYOUT = {
  padX: 10,
  padY: 7,
  iconSize: 22,
  iconGap: 8,
  labelFont: 13,
  sublabelFont: 11,
  lineHeight: 1.25,
  textGap: 2,
  maxLabelLines: 2,
  maxSublabelLines: 2,
} as const
export const EDGE_LABEL = { font: 11, padX: 5, height: 16 } as const
export const GROUP_LABEL = { font: 12, padX: 10, band: 24 } as const
/** Minimum clear space between two node boxes, and between a node and its group's border. */
export const NODE_GAP = 12
export const GROUP_INSET = 6

const NARROW = new Set("ijlI.,:;'!|`")
const SEMI_NARROW = new Set('frt()[]{}-/ "*')
const WIDE = new Set('mwMW@%&')

/** Estimates the rendered width of one line of text in a sans-serif font, erring on the wide side. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3
    else if (SEMI_NARROW.has(ch)) em += 0.4
    else if (WIDE.has(ch)) em += 0.95
    else if (ch >= 'A' && ch <= 'Z') em += 0.72
    else if (ch.charCodeAt(0) < 128) em += 0.6
    else em += 1.0
  }
  return em * fontSize * (bold ? 1.08 : 1)
}

export interface WrappedText {
  lines: string[]
  fits: boolean
}

/** Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`; `fits` is false if it cannot. */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines: number,
  bold = false,
): WrappedText {
  const words = text.split(/\s+/).filter((w) => w !== '')
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`
    if (current !== '' && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(current)
      current = word
    } else {
      current = candidate
    }
  }
  if (current !== '') lines.push(current)
  const fits =
    lines.length <= maxLines && lines.every((line) => estimateTextWidth(line, fontSize, bold) <= maxWidth)
  return { lines, fits }
}

export interface TextLine {
  text: string
  x: number
  /** The vertical centre of the line (render with dominant-baseline="central"). */
  y: number
  size: number
  kind: 'label' | 'sublabel'
}

export interface NodeTextLayout {
  lines: TextLine[]
  icon: Box
  /** The box available for text, right of the icon (the quiz puts its select here). */
  textBox: Box
  labelFits: boolean
  sublabelFits: boolean
  heightFits: boolean
}

/** Lays out a node's icon and text inside its box. */
export function layoutNodeText(
  node: Pick<DiagramNode, 'x' | 'y' | 'w' | 'h' | 'label' | 'sublabel'>,
): NodeTextLayout {
  const L = NODE_LAYOUT
  const textX = node.x + L.padX + L.iconSize + L.iconGap
  const textWidth = node.w - (textX - node.x) - L.padX
  const label = wrapText(node.label, L.labelFont, textWidth, L.maxLabelLines, true)
  const sub = node.sublabel
    ? wrapText(node.sublabel, L.sublabelFont, textWidth, L.maxSublabelLines)
    : { lines: [], fits: true }
  const labelLineH = L.labelFont * L.lineHeight
  const subLineH = L.sublabelFont * L.lineHeight
  const blockH =
    label.lines.length * labelLineH + (sub.lines.length > 0 ? L.textGap + sub.lines.length * subLineH : 0)
  const top = node.y + (node.h - blockH) / 2
  const lines: TextLine[] = label.lines.map((text, i) => ({
    text,
    x: textX,
    y: top + labelLineH * (i + 0.5),
    size: L.labelFont,
    kind: 'label',
  }))
  const subTop = top + label.lines.length * labelLineH + L.textGap
  sub.lines.forEach((text, i) => {
    lines.push({ text, x: textX, y: subTop + subLineH * (i + 0.5), size: L.sublabelFont, kind: 'sublabel' })
  })
  return {
    lines,
    icon: { x: node.x + L.padX, y: node.y + (node.h - L.iconSize) / 2, w: L.iconSize, h: L.iconSize },
    textBox: { x: textX, y: node.y + L.padY, w: textWidth, h: node.h - 2 * L.padY },
    labelFits: label.fits && textWidth > 0,
    sublabelFits: sub.fits,
    heightFits: blockH <= node.h - 2 * L.padY && L.iconSize <= node.h - 2 * L.padY,
  }
}

/** True when two boxes overlap or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

/** True when `inner` lies inside `outer` with at least `inset` to spare on every side. */
export function boxContains(outer: Box, inner: Box, inset = 0): boolean {
  return (
    inner.x >= outer.x + inset &&
    inner.y >= outer.y + inset &&
    inner.x + inner.w <= outer.x + outer.w - inset &&
    inner.y + inner.h <= outer.y + outer.h - inset
  )
}

/**
 * Routes an edge between two boxes: a straight line when they face each other across a gap, otherwise an elbow
 * (horizontal, vertical, horizontal) that leaves and enters through the facing sides.
 */
export function routeEdge(from: Box, to: Box): Point[] {
  const gapRight = to.x - (from.x + from.w)
  const gapLeft = from.x - (to.x + to.w)
  const gapDown = to.y - (from.y + from.h)
  const gapUp = from.y - (to.y + to.h)
  const overlapY = [Math.max(from.y, to.y), Math.min(from.y + from.h, to.y + to.h)] as const
  const overlapX = [Math.max(from.x, to.x), Math.min(from.x + from.w, to.x + to.w)] as const
  if (gapRight > 0 || gapLeft > 0) {
    const rightward = gapRight > 0
    const x1 = rightward ? from.x + from.w : from.x
    const x2 = rightward ? to.x : to.x + to.w
    if (overlapY[1] - overlapY[0] > 0) {
      const y = (overlapY[0] + overlapY[1]) / 2
      return [
        { x: x1, y },
        { x: x2, y },
      ]
    }
    const y1 = from.y + from.h / 2
    const y2 = to.y + to.h / 2
    const midX = (x1 + x2) / 2
    return [
      { x: x1, y: y1 },
      { x: midX, y: y1 },
      { x: midX, y: y2 },
      { x: x2, y: y2 },
    ]
  }
  if (gapDown > 0 || gapUp > 0) {
    const x = (overlapX[0] + overlapX[1]) / 2
    return gapDown > 0
      ? [
          { x, y: from.y + from.h },
          { x, y: to.y },
        ]
      : [
          { x, y: from.y },
          { x, y: to.y + to.h },
        ]
  }
  return [
    { x: from.x + from.w / 2, y: from.y + from.h / 2 },
    { x: to.x + to.w / 2, y: to.y + to.h / 2 },
  ]
}

/** The point where an edge's label goes: the middle of a straight edge, or of an elbow's middle segment. */
export function edgeLabelAnchor(points: readonly Point[]): Point {
  const a = points.length === 4 ? points[1] : points[0]
  const b = points.length === 4 ? points[2] : points[points.length - 1]
  if (!a || !b) return { x: 0, y: 0 }
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

/** The background box of an edge label centred on its anchor. */
export function edgeLabelBox(label: string, points: readonly Point[]): Box {
  const anchor = edgeLabelAnchor(points)
  const w = estimateTextWidth(label, EDGE_LABEL.font) + 2 * EDGE_LABEL.padX
  return { x: anchor.x - w / 2, y: anchor.y - EDGE_LABEL.height / 2, w, h: EDGE_LABEL.height }
}

/** The box a group's label occupies in the group's top-left corner. */
export function groupLabelBox(group: DiagramGroup): Box {
  const w = estimateTextWidth(group.label, GROUP_LABEL.font, true) + 2 * GROUP_LABEL.padX
  return { x: group.x, y: group.y, w, h: GROUP_LABEL.band }
}

/** True when the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentIntersectsBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const p = [-dx, dx, -dy, dy]
  const q = [a.x - box.x, box.x + box.w - a.x, a.y - box.y, box.y + box.h - a.y]
  let t0 = 0
  let t1 = 1
  for (let i = 0; i < 4; i++) {
    const pi = p[i] ?? 0
    const qi = q[i] ?? 0
    if (pi === 0) {
      if (qi < 0) return false
    } else {
      const t = qi / pi
      if (pi < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

/** Shrinks a box on every side (negative grows it). */
export function insetBox(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, w: box.w - 2 * by, h: box.h - 2 * by }
}
