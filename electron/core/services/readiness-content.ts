import type { DomainId } from '../../shared/content/ids'
import type { ModelExam, ModelTopic } from '../../shared/readiness/readiness-model'
import type { ContentBundle, NoteEntry } from '../content/load-content'

/** The bundle seen by topic, as the readiness model and the plan need it. */
export class ReadinessContent {
  readonly exam: ModelExam
  readonly notesInOrder: NoteEntry[]
  readonly cardIds: Set<string>
  readonly questionIds: Set<string>
  readonly noteIds: Set<string>
  /** `domain/topic` → the topic's cards. */
  readonly cardsByTopic = new Map<string, string[]>()

  constructor(bundle: ContentBundle) {
    const key = (d: string, t: string) => `${d}/${t}`
    const topics = new Map<string, ModelTopic>()
    const exam: ModelExam = {
      passingScore: bundle.blueprint.passingScore,
      scoreRange: bundle.blueprint.scoreRange,
      scoredQuestions: bundle.blueprint.scoredQuestionCount,
      domains: bundle.blueprint.domains.map((d) => ({
        id: d.id as DomainId,
        name: d.name,
        weight: d.weight,
        topics: d.topics.map((t) => {
          const topic: ModelTopic = { id: t.id, name: t.name, notes: [], cards: [], questions: [] }
          topics.set(key(d.id, t.id), topic)
          return topic
        }),
      })),
    }
    this.notesInOrder = bundle.notes.filter((n) => topics.has(key(n.domain, n.topic)))
    for (const n of this.notesInOrder) topics.get(key(n.domain, n.topic))!.notes.push(n.id)
    for (const c of bundle.cards) {
      const n = bundle.noteById.get(c.note)
      const topic = n && topics.get(key(n.domain, n.topic))
      if (topic) topic.cards.push(c.id)
    }
    for (const q of bundle.questions)
      topics.get(key(q.domain, q.topic))?.questions.push({ id: q.id, difficulty: q.difficulty })
    for (const [k, t] of topics) this.cardsByTopic.set(k, t.cards)
    this.exam = exam
    this.noteIds = new Set(this.notesInOrder.map((n) => n.id))
    this.cardIds = new Set([...topics.values()].flatMap((t) => t.cards))
    this.questionIds = new Set([...topics.values()].flatMap((t) => t.questions.map((q) => q.id)))
  }
}
