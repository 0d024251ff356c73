import { describe, expect, it } from 'vitest'
import {
  findMatches,
  matchCountText,
  phrasePattern,
  stepIndex,
  type TextSegment,
} from '@/features/notes/find-text'

const seg = (text: string, block = 0): TextSegment => ({ text, block })

describe('finding a phrase in a note', () => {
  it('finds every match whatever its case, in reading order', () => {
    const matches = findMatches([seg('Shards split. A shard holds 1 MB/s; SHARDS merge.')], 'shard')
    expect(matches.map((m) => m.start.offset)).toEqual([0, 16, 36])
    expect(matches[1]).toEqual({ start: { segment: 0, offset: 16 }, end: { segment: 0, offset: 21 } })
  })

  it('matches across inline elements, ending inside the segment that holds the last character', () => {
    // "Use <code>PutRecords</code> for batches"
    const segments = [seg('Use '), seg('PutRecords'), seg(' for batches')]
    expect(findMatches(segments, 'use putrecords for')).toEqual([
      { start: { segment: 0, offset: 0 }, end: { segment: 2, offset: 4 } },
    ])
    expect(findMatches(segments, 'putrecords')).toEqual([
      { start: { segment: 1, offset: 0 }, end: { segment: 1, offset: 10 } },
    ])
  })

  it('lets any run of spaces or line breaks match any run in the phrase, but never crosses paragraphs', () => {
    expect(findMatches([seg('data\n   streams')], 'data streams')).toHaveLength(1)
    expect(findMatches([seg('data '), seg('streams', 1)], 'data streams')).toHaveLength(0)
    expect(findMatches([seg('end.'), seg('Start', 1)], 'end.start')).toHaveLength(0)
  })

  it('treats the phrase literally and ignores an empty one', () => {
    expect(findMatches([seg('cost (USD) = $5 * TB')], '$5 * tb')).toHaveLength(1)
    expect(findMatches([seg('a.b axb')], 'a.b')).toHaveLength(1)
    expect(findMatches([seg('anything')], '   ')).toEqual([])
    expect(phrasePattern('')).toBeNull()
  })

  it('stops at the limit', () => {
    expect(findMatches([seg('a'.repeat(50))], 'a', 10)).toHaveLength(10)
  })
})

describe('the find bar count and stepping', () => {
  it('reads "3 of 12", "No matches", or nothing', () => {
    expect(matchCountText(2, 12, 'shard')).toBe('3 of 12')
    expect(matchCountText(0, 1000, 'a')).toBe('1 of 1000+')
    expect(matchCountText(-1, 0, 'zzz')).toBe('No matches')
    expect(matchCountText(-1, 0, '')).toBe('')
  })

  it('wraps around at either end', () => {
    expect(stepIndex(11, 12, false)).toBe(0)
    expect(stepIndex(0, 12, true)).toBe(11)
    expect(stepIndex(4, 12, false)).toBe(5)
    expect(stepIndex(-1, 0, false)).toBe(-1)
  })
})
