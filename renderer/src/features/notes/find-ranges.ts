// The find bar's DOM side: reads a note's visible text nodes, turns find-text.ts's matches into Ranges, and
// paints them with the CSS Custom Highlight API, so the note's HTML is never touched. Where the API is missing
// the matches are still counted and scrolled to, just not painted.
import { findMatches, maxMatches, type TextSegment } from './find-text'

// Text that is not read on screen: hidden, for screen readers only, drawings, and form internals.
const skipped =
  'script, style, svg, select, option, textarea, [hidden], [aria-hidden="true"], .visually-hidden'
const blocks =
  'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, pre, blockquote, figcaption, caption, summary, legend, div, section, article, header, footer, nav, aside, table'

/** The text nodes under `root` that a reader sees, with the block each belongs to. */
export function textSegments(root: Node): { nodes: Text[]; segments: TextSegment[] } {
  const nodes: Text[] = []
  const segments: TextSegment[] = []
  const blockIds = new Map<Element, number>()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text
    const parent = text.parentElement
    if (!text.data || !parent || parent.closest(skipped)) continue
    const block = parent.closest(blocks) ?? parent
    if (!blockIds.has(block)) blockIds.set(block, blockIds.size)
    nodes.push(text)
    segments.push({ text: text.data, block: blockIds.get(block)! })
  }
  return { nodes, segments }
}

/** Ranges over every match of the phrase under `root`, in reading order. */
export function findRanges(root: Node, phrase: string, limit = maxMatches): Range[] {
  const { nodes, segments } = textSegments(root)
  return findMatches(segments, phrase, limit).map((m) => {
    const range = document.createRange()
    range.setStart(nodes[m.start.segment]!, m.start.offset)
    range.setEnd(nodes[m.end.segment]!, m.end.offset)
    return range
  })
}

/** Whether this window can paint highlights without changing the page. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

/** Paints every match, the current one apart (`::highlight(find-match)`, `::highlight(find-current)`). */
export function paintMatches(ranges: readonly Range[], current: number): void {
  if (!canHighlight()) return
  const others = ranges.filter((_, i) => i !== current)
  CSS.highlights.set('find-match', new Highlight(...others))
  const now = ranges[current]
  if (now) CSS.highlights.set('find-current', new Highlight(now))
  else CSS.highlights.delete('find-current')
}

/** Removes the find highlights. */
export function clearMatches(): void {
  if (!canHighlight()) return
  CSS.highlights.delete('find-match')
  CSS.highlights.delete('find-current')
}

/** Scrolls a match into the middle of the pane when it is out of sight (also inside a sideways-scrolling block). */
export function revealRange(range: Range, pane: HTMLElement, topInset = 0): void {
  const box = range.getBoundingClientRect()
  const code = range.startContainer.parentElement?.closest('pre')
  if (code && code.scrollWidth > code.clientWidth) {
    const c = code.getBoundingClientRect()
    if (box.left < c.left || box.right > c.right) code.scrollLeft += box.left - c.left - c.width / 3
  }
  const p = pane.getBoundingClientRect()
  if (box.top < p.top + topInset || box.bottom > p.bottom) pane.scrollTop += box.top - p.top - p.height / 3
}
