// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { findRanges, textSegments } from '../../../../../renderer/src/features/notes/find-ranges'

function note(html: string): HTMLElement {
  const root = document.createElement('article')
  root.innerHTML = html
  document.body.append(root)
  return root
}

describe('find ranges in a rendered note', () => {
  it('covers matches across inline elements and leaves the HTML as it was', () => {
    const html =
      '<h2>Writing</h2><p>Use <code>PutRecords</code> for batches.</p><p>PutRecords returns per-record results.</p>'
    const root = note(html)
    const ranges = findRanges(root, 'use putrecords')
    expect(ranges.map((r) => r.toString())).toEqual(['Use PutRecords'])
    expect(findRanges(root, 'putrecords').map((r) => r.toString())).toEqual(['PutRecords', 'PutRecords'])
    expect(root.innerHTML).toBe(html)
  })

  it('skips text a reader does not see and never joins two paragraphs', () => {
    const root = note(
      '<p>shard<span class="visually-hidden">shard</span></p><p aria-hidden="true">shard</p><svg><text>shard</text></svg><p>sha</p><p>rd</p>',
    )
    expect(findRanges(root, 'shard')).toHaveLength(1)
    expect(textSegments(root).segments.map((s) => s.text)).toEqual(['shard', 'sha', 'rd'])
  })
})
