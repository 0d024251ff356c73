import { describe, expect, it } from 'vitest'
import {
  recentViewsLimit,
  renameView,
  resumeView,
  savedScroll,
  scrollView,
  startPath,
  visitView,
} from '@/recent-views'

describe('the pages visited last', () => {
  it('keep each page once, newest first, with its scroll position across visits', () => {
    let list = visitView([], '/notes/kinesis-data-streams', 'Notes')
    list = scrollView(list, '/notes/kinesis-data-streams', 1480.4)
    list = visitView(list, '/dashboard', 'Dashboard')
    list = scrollView(list, '/dashboard', 300)
    list = visitView(list, '/notes/kinesis-data-streams', 'Notes', true)
    expect(list).toEqual([
      { path: '/notes/kinesis-data-streams', title: 'Notes', scrollTop: 1480 },
      { path: '/dashboard', title: 'Dashboard', scrollTop: 300 },
    ])
    expect(savedScroll(list, '/notes/kinesis-data-streams')).toBe(1480)
    expect(savedScroll(list, '/notes/s3-overview')).toBe(0)
  })

  it('take a page’s own name when it arrives, and ignore scrolls of pages never visited', () => {
    let list = visitView([], '/notes/kinesis-data-streams', 'Notes')
    list = renameView(list, '/notes/kinesis-data-streams', 'Kinesis Data Streams')
    expect(list[0]!.title).toBe('Kinesis Data Streams')
    // Opened again, it keeps its own name until the note says it again.
    expect(visitView(list, '/notes/kinesis-data-streams', 'Notes', true)[0]!.title).toBe(
      'Kinesis Data Streams',
    )
    expect(visitView(list, '/notes/kinesis-data-streams', 'Renamed')[0]!.title).toBe('Renamed')
    expect(scrollView(list, '/figures', 50)).toEqual(list)
    expect(scrollView(list, '/notes/kinesis-data-streams', -20)[0]!.scrollTop).toBe(0)
  })

  it('reopen the last page unless it was Today, and offer the newest other page to continue', () => {
    expect(startPath([])).toBeNull()
    expect(resumeView([])).toBeNull()
    let list = visitView([], '/notes/s3-overview', 'Amazon S3')
    expect(startPath(list)).toBe('/notes/s3-overview')
    list = visitView(list, '/', 'Today')
    expect(startPath(list)).toBeNull()
    expect(resumeView(list)).toMatchObject({ path: '/notes/s3-overview', title: 'Amazon S3' })
  })

  it('forget the oldest pages past the limit the settings accept', () => {
    let list = visitView([], '/notes/first', 'First')
    for (let i = 0; i < recentViewsLimit + 10; i++) list = visitView(list, `/notes/n${i}`, `N${i}`)
    expect(list).toHaveLength(recentViewsLimit)
    expect(list.some((v) => v.path === '/notes/first')).toBe(false)
    expect(list[0]!.path).toBe(`/notes/n${recentViewsLimit + 9}`)
  })
})
