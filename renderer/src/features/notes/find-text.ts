// Finding a phrase in a note's text, as the find bar does: case-insensitive, any run of spaces or line breaks
// in the text matching any run in the phrase, across inline elements (a `code` inside a sentence) but never
// from one paragraph into the next. Pure: the text comes in as segments (one per text node), the matches go
// out as positions in those segments, and find-ranges.ts turns them into DOM ranges.

/** One text node's text and the block (paragraph, list item, cell…) it belongs to. */
export interface TextSegment {
  text: string
  block: number
}

/** A position: the segment's index and the offset in its text. */
export interface TextPoint {
  segment: number
  offset: number
}

export interface TextMatch {
  start: TextPoint
  end: TextPoint
}

/** The most matches reported; past it the count reads "1000+". */
export const maxMatches = 1000

// Between blocks a character no phrase can match, so a match never runs from one paragraph into the next.
const blockBreak = '\u0000'

/** The phrase as a pattern: literal characters, any whitespace run matching any whitespace run. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean)
  if (!words.length) return null
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(escaped.join('\\s+'), 'giu')
}

/** Every match of the phrase in the segments, in reading order, at most `limit` of them. */
export function findMatches(
  segments: readonly TextSegment[],
  phrase: string,
  limit = maxMatches,
): TextMatch[] {
  const pattern = phrasePattern(phrase)
  if (!pattern) return []
  // Join the text once, remembering where each segment starts in it.
  const starts: number[] = []
  let joined = ''
  segments.forEach((s, i) => {
    if (i > 0 && s.block !== segments[i - 1]!.block) joined += blockBreak
    starts.push(joined.length)
    joined += s.text
  })
  const pointAt = (index: number, isEnd: boolean): TextPoint => {
    // The last segment starting at or before the index (for an end, strictly before, so it stays inside).
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (isEnd ? starts[mid]! < index : starts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    return { segment: lo, offset: index - starts[lo]! }
  }
  const out: TextMatch[] = []
  for (const m of joined.matchAll(pattern)) {
    if (!m[0].length) continue
    out.push({ start: pointAt(m.index, false), end: pointAt(m.index + m[0].length, true) })
    if (out.length >= limit) break
  }
  return out
}

/** "3 of 12", "1 of 1000+", "No matches", or nothing before anything is typed. */
export function matchCountText(current: number, total: number, phrase: string, limit = maxMatches): string {
  if (!phrase.trim()) return ''
  if (!total) return 'No matches'
  return `${current + 1} of ${total}${total >= limit ? '+' : ''}`
}

/** The next match to show, stepping forwards or backwards and wrapping around at either end. */
export function stepIndex(current: number, total: number, back: boolean): number {
  if (!total) return -1
  return (current + (back ? -1 : 1) + total) % total
}
