// Where the learner was last, so the Today screen can offer "Continue where you left off".
const key = 'mlsc.lastRoute'

/** Remembers a visited page (the Today screen itself is not worth returning to). */
export function rememberRoute(fullPath: string, title: string, store: Pick<Storage, 'setItem'> = localStorage): void {
  if (fullPath === '/' || fullPath === '') return
  try {
    store.setItem(key, JSON.stringify({ path: fullPath, title }))
  } catch {
    // Storage can be full or disabled; forgetting the last page is harmless.
  }
}

/** The last page visited other than Today, or null. */
export function lastRoute(store: Pick<Storage, 'getItem'> = localStorage): { path: string; title: string } | null {
  try {
    const v = JSON.parse(store.getItem(key) ?? 'null') as unknown
    if (v && typeof v === 'object' && 'path' in v && 'title' in v && typeof v.path === 'string' && typeof v.title === 'string' && v.path.startsWith('/'))
      return { path: v.path, title: v.title }
  } catch {
    // A damaged entry means there is nothing to continue.
  }
  return null
}
