import type {
  AskedQuestion,
  ExplainedQuestion,
  Scope,
  StudyCard,
} from '../../shared/contracts/practice-schemas'
import type { DomainId } from '../../shared/content/ids'
import type { Card, Question } from '../../shared/content/practice-schema'
import { AppError } from '../../shared/errors'
import type { ContentBundle, NoteEntry } from '../content/load-content'

/** The content side of a card as the review screen shows it (scheduling facts are added by the service). */
export type CardFace = Pick<
  StudyCard,
  'id' | 'type' | 'note' | 'domain' | 'topic' | 'front' | 'back' | 'cloze' | 'extra'
>

const gap = /\{\{([^{}]+)\}\}/

/** Read-only indexes over the bundle's cards and questions, in reading order, and scope matching. */
export class PracticeContent {
  /** Cards whose note exists, in the notes' reading order. */
  readonly cards: Card[]
  readonly cardById: Map<string, Card>
  readonly questions: Question[]
  readonly questionById: Map<string, Question>
  // The bundle never changes while the app runs, so each scope's cards are worked out once.
  private readonly scopedCards = new Map<string, readonly Card[]>()

  constructor(readonly bundle: ContentBundle) {
    const noteIndex = new Map(bundle.notes.map((n, i) => [n.id, i]))
    this.cards = bundle.cards
      .filter((c) => noteIndex.has(c.note))
      .map((c, i) => ({ c, i }))
      .sort((a, b) => noteIndex.get(a.c.note)! - noteIndex.get(b.c.note)! || a.i - b.i)
      .map((x) => x.c)
    this.cardById = new Map(this.cards.map((c) => [c.id, c]))
    this.questions = bundle.questions
    this.questionById = new Map(this.questions.map((q) => [q.id, q]))
  }

  /** The note a card belongs to. */
  noteOf(card: Card): NoteEntry {
    return this.bundle.noteById.get(card.note)!
  }

  /** The cards a scope covers, in reading order (one shared array per scope); an unknown id is an error. */
  cardsIn(scope: Scope): readonly Card[] {
    const key = scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id}`
    let cards = this.scopedCards.get(key)
    if (!cards) {
      const match = this.matcher(scope)
      cards = this.cards.filter((c) => {
        const n = this.noteOf(c)
        return match(n.domain, n.topic, [n.id])
      })
      this.scopedCards.set(key, cards)
    }
    return cards
  }

  /** The questions a scope covers (a note scope takes the questions that link to the note). */
  questionsIn(scope: Scope): Question[] {
    const match = this.matcher(scope)
    return this.questions.filter((q) => match(q.domain, q.topic, q.notes))
  }

  /** A domain's display name. */
  domainName(id: DomainId): string {
    return this.bundle.blueprint.domains.find((d) => d.id === id)?.name ?? id
  }

  /** A topic's display name within its domain. */
  topicName(domain: DomainId, topic: string): string {
    return (
      this.bundle.blueprint.domains.find((d) => d.id === domain)?.topics.find((t) => t.id === topic)?.name ??
      topic
    )
  }

  /** A note reference for links, when the note exists. */
  noteRef(id: string): { id: string; title: string } | null {
    const n = this.bundle.noteById.get(id)
    return n ? { id: n.id, title: n.title } : null
  }

  /** A card's faces: a cloze shows its gap as [...] in front and the whole sentence behind. */
  face(card: Card): CardFace {
    const n = this.noteOf(card)
    const base = {
      id: card.id,
      type: card.type,
      note: { id: n.id, title: n.title },
      domain: n.domain,
      topic: n.topic,
    }
    if (card.type === 'qa') return { ...base, front: card.front, back: card.back, cloze: null, extra: null }
    const m = gap.exec(card.text)!
    const before = card.text.slice(0, m.index)
    const after = card.text.slice(m.index + m[0].length)
    return {
      ...base,
      front: `${before}[...]${after}`,
      back: before + m[1]! + after,
      cloze: { before, answer: m[1]!, after },
      extra: card.extra ?? null,
    }
  }

  /** A question as asked: options without answers. */
  asked(q: Question): AskedQuestion {
    return {
      id: q.id,
      domain: q.domain,
      domainName: this.domainName(q.domain),
      topic: q.topic,
      topicName: this.topicName(q.domain, q.topic),
      difficulty: q.difficulty,
      type: q.type,
      choose: q.choose,
      stem: q.stem,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    }
  }

  /** A question with every option's answer and explanation, and links to its notes. */
  explained(q: Question): ExplainedQuestion {
    return {
      ...this.asked(q),
      options: q.options.map((o) => ({
        id: o.id,
        text: o.text,
        correct: o.correct,
        explanation: o.explanation,
      })),
      notes: q.notes.map((id) => this.noteRef(id)).filter((n) => n !== null),
    }
  }

  /** Whether a set of chosen options is exactly the set of correct ones. */
  isCorrect(q: Question, chosen: readonly string[]): boolean {
    const right = q.options.filter((o) => o.correct).map((o) => o.id)
    const picked = new Set(chosen)
    return picked.size === right.length && right.every((id) => picked.has(id))
  }

  private matcher(scope: Scope): (domain: string, topic: string, notes: readonly string[]) => boolean {
    if (scope.kind === 'all') return () => true
    const id = scope.id
    const domains = this.bundle.blueprint.domains
    if (scope.kind === 'domain') {
      if (!domains.some((d) => d.id === id))
        throw new AppError('not_found', `There is no domain "${id}".`, 'scope.id')
      return (domain) => domain === id
    }
    if (scope.kind === 'topic') {
      if (!domains.some((d) => d.topics.some((t) => t.id === id)))
        throw new AppError('not_found', `There is no topic "${id}".`, 'scope.id')
      return (_d, topic) => topic === id
    }
    if (!this.bundle.noteById.has(id))
      throw new AppError('not_found', `There is no note "${id}".`, 'scope.id')
    return (_d, _t, notes) => notes.includes(id)
  }
}
