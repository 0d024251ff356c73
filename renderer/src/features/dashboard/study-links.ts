// Where "what to study next" sends the learner: the topic's notes, its cards and a quiz on it. Practice reads
// the topic as `domain/topic` from the query.

/** The link to a note in the reader. */
export function noteLink(noteId: string): string {
  return `/notes/${noteId}`
}

/** The flashcard review, filtered to one topic. */
export function cardsLink(domain: string, topic: string): string {
  return `/practice/review?topic=${encodeURIComponent(`${domain}/${topic}`)}`
}

/** A quiz on one topic. */
export function quizLink(domain: string, topic: string): string {
  return `/practice/quiz?topic=${encodeURIComponent(`${domain}/${topic}`)}`
}

/** The mock exam page. */
export const mockLink = '/practice/mock'

/** The note to open first for a topic: the first unread one, else the first. */
export function firstNoteOf(notes: readonly { id: string; read: boolean }[]): string | null {
  return (notes.find((n) => !n.read) ?? notes[0])?.id ?? null
}
