// Cram mode's queue, kept in the renderer because cramming never changes a card's schedule:
// Again sends the card back a few places, any other grade takes it out of the session.

export interface CramState<T> {
  queue: T[]
  done: number
  again: number
}

/** The queue after grading its first card. */
export function cramGrade<T>(state: CramState<T>, grade: 1 | 2 | 3 | 4): CramState<T> {
  const [card, ...rest] = state.queue
  if (card === undefined) return state
  if (grade === 1) {
    const at = Math.min(rest.length, 3)
    return {
      queue: [...rest.slice(0, at), card, ...rest.slice(at)],
      done: state.done,
      again: state.again + 1,
    }
  }
  return { queue: rest, done: state.done + 1, again: state.again }
}
