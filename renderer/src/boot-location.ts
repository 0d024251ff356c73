// The address the window opened at, read before the router normalises it: an empty hash means the app was
// started (not reloaded on a page), so the last page may be reopened.

/** The hash the window was opened with ("" at a fresh start). */
export const bootHash = typeof location === 'undefined' ? '' : location.hash
