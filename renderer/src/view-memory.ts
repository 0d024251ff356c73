// Remembers where the learner was: the page, reopened at the next start, and how far down each page was
// scrolled, restored on going back or opening the page again. The main pane scrolls, not the window (a view
// with its own scrolling pane marks it `data-scroll-memory`), so Vue Router's scrollBehavior cannot do this.
// Kept in the settings (SQLite), so it survives restarts in both modes.
import { ref, watch } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import type { RecentView } from '@shared/api'
import { api } from './api'
import { itemTitle } from './page-title'
import { renameView, savedScroll, scrollView, startPath, visitView } from './recent-views'

/** The pages visited last, newest first (reactive, for Today's "Continue where you left off"). */
export const recentViews = ref<RecentView[]>([])

const saveDelayMs = 800
const visitSaveDelayMs = 250
const restoreTimeoutMs = 4000
const settleMs = 1200

/** The element that scrolls the current page: a view's own pane if it has one, else the main area. */
export function currentScroller(): HTMLElement | null {
  const main = document.getElementById('main')
  return main?.querySelector<HTMLElement>('[data-scroll-memory]') ?? main
}

// A page is ready to scroll once it says so and shows no spinner.
const isReady = (el: HTMLElement) =>
  el.dataset.scrollReady !== 'false' && !document.getElementById('main')?.querySelector('.spinner')

/** Starts remembering; reopens the last page when the app was started (not reloaded) on Today. */
export function startViewMemory(router: Router, stored: readonly RecentView[], bootHash: string): void {
  recentViews.value = [...stored]
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let saved = JSON.stringify(recentViews.value)
  let restoring: { path: string; cancel: () => void } | null = null

  const save = () => {
    clearTimeout(saveTimer)
    const now = JSON.stringify(recentViews.value)
    if (now === saved) return
    saved = now
    // Straight to the backend, so this never races the settings the learner changes; a read-only or busy store
    // only loses a scroll position, nothing to tell the learner about.
    api['settings:update']({ recentViews: recentViews.value }).catch(() => undefined)
  }
  // Opening a page is saved as soon as the page has drawn (it is rare and is what a restart reopens; a write
  // sooner would queue before the page's own requests); scrolling, which comes in bursts, once it pauses.
  const saveSoon = (delay = saveDelayMs) => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(save, delay)
  }
  const record = (path: string) => {
    const el = currentScroller()
    if (!el || restoring) return
    recentViews.value = scrollView(recentViews.value, path, el.scrollTop)
    saveSoon()
  }
  // The page's own name when it is known already, else the route's generic one.
  const visit = (to: RouteLocationNormalized) => {
    const item = itemTitle.value
    const own = item && item.path === to.path ? item.title : ''
    const generic = typeof to.meta.title === 'string' ? to.meta.title : ''
    recentViews.value = visitView(recentViews.value, to.path, own || generic, !own)
    saveSoon(visitSaveDelayMs)
  }

  // Waits for the page to be ready and tall enough, then scrolls it; the learner scrolling first wins.
  function restore(to: RouteLocationNormalized) {
    restoring?.cancel()
    if (to.hash || typeof to.query.q === 'string') return
    const target = savedScroll(recentViews.value, to.path)
    if (target <= 0) {
      // The top: nothing to wait for (the browser never shifts a pane that is at the top), so no watching
      // frame by frame while the page builds.
      const el = currentScroller()
      if (el && el.scrollTop !== 0) el.scrollTop = 0
      return
    }
    const started = performance.now()
    let frame = 0
    const stop = () => {
      cancelAnimationFrame(frame)
      for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'])
        window.removeEventListener(type, stop, true)
      if (restoring === current) restoring = null
    }
    const current = { path: to.path, cancel: stop }
    restoring = current
    for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'])
      window.addEventListener(type, stop, true)
    // Embeds (diagrams, charts) finish their layout after the page is ready, and the browser's scroll anchoring
    // then moves the pane: for a moment the position is put back whenever the page's height changes. A move
    // without a change of height is someone else's (a search hit, a link to a section), and ends the restore.
    let reachedAt = 0
    let height = 0
    const tick = () => {
      const el = currentScroller()
      const now = performance.now()
      const late = now - started > restoreTimeoutMs
      if (el && (isReady(el) || late)) {
        const max = el.scrollHeight - el.clientHeight
        const top = Math.min(target, Math.max(0, max))
        if (reachedAt && el.scrollHeight === height && Math.abs(el.scrollTop - top) >= 1) {
          stop()
          return record(to.path)
        }
        if (reachedAt || max >= target || late) {
          if (Math.abs(el.scrollTop - top) >= 1) el.scrollTop = top
          reachedAt ||= now
          height = el.scrollHeight
          if (late || now - reachedAt > settleMs) return stop()
        }
      }
      frame = requestAnimationFrame(tick)
    }
    tick()
  }

  router.beforeEach((_to, from) => {
    // The page being left is still on screen here: its position is exact.
    if (from.matched.length) record(from.path)
  })
  router.afterEach((to, _from, failure) => {
    if (failure) return
    visit(to)
    restore(to)
  })
  watch(itemTitle, (item) => {
    if (!item) return
    recentViews.value = renameView(recentViews.value, item.path, item.title)
    saveSoon(visitSaveDelayMs)
  })
  document.addEventListener(
    'scroll',
    (e) => {
      if (e.target === currentScroller()) record(router.currentRoute.value.path)
    },
    { capture: true, passive: true },
  )
  window.addEventListener('pagehide', save)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save())

  const here = router.currentRoute.value
  const reopen = startPath(recentViews.value)
  if (!bootHash && here.path === '/' && reopen) {
    void router.replace(reopen)
  } else {
    visit(here)
    restore(here)
  }
}
