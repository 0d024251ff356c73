import type { Diagram } from '../../shared/content/diagram-schema'
import type { Card, Question } from '../../shared/content/practice-schema'
import type { DiagramCardRef, DiagramPreview, DiagramQuestionRef } from '../../shared/contracts/diagrams'

// What a diagram relates to, derived from the content: its notes, their cards and questions, and a sketch.

const SHORT = 140

/** Shortens text to about `max` characters at a word boundary, with an ellipsis when cut. */
export function shortText(text: string, max = SHORT): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/** The diagram's own notes, then the notes its boxes link to, each once, in that order. */
export function diagramNoteIds(diagram: Diagram): string[] {
  return [...new Set([...diagram.notes, ...diagram.nodes.flatMap((n) => (n.note ? [n.note] : []))])]
}

/** A card's prompt in one line: the question side, or the cloze text with its gap blanked. */
export function cardPrompt(card: Card): string {
  return card.type === 'qa' ? card.front : card.text.replace(/\{\{[^{}]+\}\}/g, '[…]')
}

/** The cards whose note is one of `noteIds`, in bundle order. */
export function relatedCards(cards: readonly Card[], noteIds: readonly string[]): DiagramCardRef[] {
  const wanted = new Set(noteIds)
  return cards
    .filter((c) => wanted.has(c.note))
    .map((c) => ({ id: c.id, note: c.note, text: shortText(cardPrompt(c)) }))
}

/** The questions tied to any of `noteIds`, each linked to the first of its notes that the diagram covers. */
export function relatedQuestions(
  questions: readonly Question[],
  noteIds: readonly string[],
): DiagramQuestionRef[] {
  const wanted = new Set(noteIds)
  return questions.flatMap((q) => {
    const note = q.notes.find((n) => wanted.has(n))
    return note ? [{ id: q.id, note, text: shortText(q.stem) }] : []
  })
}

/** The gallery sketch: areas and boxes as rectangles, edges as pairs of box indexes. */
export function diagramPreview(diagram: Diagram): DiagramPreview {
  const index = new Map(diagram.nodes.map((n, i) => [n.id, i]))
  const rect = ({ x, y, w, h }: { x: number; y: number; w: number; h: number }) => ({ x, y, w, h })
  return {
    width: diagram.width,
    height: diagram.height,
    groups: diagram.groups.map(rect),
    nodes: diagram.nodes.map(rect),
    edges: diagram.edges.flatMap((e) => {
      const from = index.get(e.from)
      const to = index.get(e.to)
      return from === undefined || to === undefined || from === to ? [] : [[from, to] as [number, number]]
    }),
  }
}
