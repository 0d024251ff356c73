// Anki's keys for reviewing: Space or Enter reveal (then mean Good), 1–4 grade, Ctrl/Cmd+Z undo, - bury, ! suspend.

export type ReviewAction =
  | { kind: 'reveal' }
  | { kind: 'grade'; grade: 1 | 2 | 3 | 4 }
  | { kind: 'undo' }
  | { kind: 'bury' }
  | { kind: 'suspend' }

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The review action a key press asks for, or null when the key means nothing here. */
export function reviewKeyAction(e: KeyLike, revealed: boolean): ReviewAction | null {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') return { kind: 'undo' }
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  if (e.key === ' ' || e.key === 'Enter') return revealed ? { kind: 'grade', grade: 3 } : { kind: 'reveal' }
  if (revealed && ['1', '2', '3', '4'].includes(e.key))
    return { kind: 'grade', grade: Number(e.key) as 1 | 2 | 3 | 4 }
  if (e.key === '-') return { kind: 'bury' }
  if (e.key === '!') return { kind: 'suspend' }
  return null
}
