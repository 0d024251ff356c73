// The page that can be searched with Ctrl/Cmd+F right now (the note reader), if any. The global shortcut, the
// command palette and the desktop menu's Edit → Find all ask it; with none, the browser keeps its own find.

export interface FindTarget {
  /** Opens the find bar (or focuses and selects its text when it is open already). */
  open(): void
  /** Moves to the next match, or the previous one. */
  step(back: boolean): void
}

let current: FindTarget | null = null

/** Makes a view the find target while it is shown; returns the function that withdraws it. */
export function registerFindTarget(target: FindTarget): () => void {
  current = target
  return () => {
    if (current === target) current = null
  }
}

/** The current find target, or null where the page has nothing to find in. */
export function findTarget(): FindTarget | null {
  return current
}
