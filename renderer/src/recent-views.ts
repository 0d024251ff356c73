// The pages visited last, newest first, each with how far down it was scrolled: the first is reopened at the
// next start, Today offers the newest other page, and a page opened again returns to where the reader was.
import type { RecentView } from '@shared/api'

/** How many pages are remembered (the settings schema's limit). */
export const recentViewsLimit = 50

/**
 * The list after visiting a page: it moves to the front, keeping its scroll position. A page's own name (a
 * note's title) replaces the stored one; the route's generic name ("Notes") only fills in a missing one.
 */
export function visitView(
  list: readonly RecentView[],
  path: string,
  title: string,
  generic = false,
): RecentView[] {
  const old = list.find((v) => v.path === path)
  const name = generic ? old?.title || title : title || old?.title || ''
  const entry = { path, title: name.slice(0, 200), scrollTop: old?.scrollTop ?? 0 }
  return [entry, ...list.filter((v) => v !== old)].slice(0, recentViewsLimit)
}

/** The list with a page's scroll position changed (a page not in the list is left out). */
export function scrollView(list: readonly RecentView[], path: string, scrollTop: number): RecentView[] {
  const top = Math.min(10_000_000, Math.max(0, Math.round(scrollTop)))
  return list.map((v) => (v.path === path && v.scrollTop !== top ? { ...v, scrollTop: top } : v))
}

/** The list with a page's name changed, once the page knows it (a note's title arrives after the route). */
export function renameView(list: readonly RecentView[], path: string, title: string): RecentView[] {
  return list.map((v) =>
    v.path === path && title && v.title !== title ? { ...v, title: title.slice(0, 200) } : v,
  )
}

/** Where a page was scrolled to when last seen; 0 for a page not seen before. */
export function savedScroll(list: readonly RecentView[], path: string): number {
  return list.find((v) => v.path === path)?.scrollTop ?? 0
}

/** The newest page other than Today: what "Continue where you left off" opens. */
export function resumeView(list: readonly RecentView[]): RecentView | null {
  return list.find((v) => v.path !== '/') ?? null
}

/** The page to reopen at start: the last one seen, when it was not Today. */
export function startPath(list: readonly RecentView[]): string | null {
  const first = list[0]
  return first && first.path !== '/' ? first.path : null
}
