import type { Orphans, WeakTopic } from '../../shared/contracts/practice-schemas'
import type { CardReviewRepository } from '../repositories/card-review-repository'
import type { MockExamRepository } from '../repositories/mock-exam-repository'
import type { QuizAnswerRepository } from '../repositories/quiz-answer-repository'
import type { PracticeContent } from './practice-content'

const windowDays = 90

/** Topics ranked weakest first from a list of answers: only topics with a miss, lowest accuracy first. */
export function weakTopicsOf(
  content: PracticeContent,
  answers: readonly { questionId: string; correct: boolean }[],
  limit: number,
): WeakTopic[] {
  const byTopic = new Map<
    string,
    {
      domain: WeakTopic['domain']
      topic: string
      answered: number
      missed: number
      notes: Map<string, number>
    }
  >()
  for (const a of answers) {
    const q = content.questionById.get(a.questionId)
    if (!q) continue
    const key = `${q.domain}/${q.topic}`
    const t = byTopic.get(key) ?? {
      domain: q.domain,
      topic: q.topic,
      answered: 0,
      missed: 0,
      notes: new Map<string, number>(),
    }
    t.answered++
    if (!a.correct) {
      t.missed++
      for (const n of q.notes) t.notes.set(n, (t.notes.get(n) ?? 0) + 1)
    }
    byTopic.set(key, t)
  }
  return [...byTopic.values()]
    .filter((t) => t.missed > 0)
    .map((t) => ({
      domain: t.domain,
      topic: t.topic,
      topicName: content.topicName(t.domain, t.topic),
      answered: t.answered,
      missed: t.missed,
      accuracy: (t.answered - t.missed) / t.answered,
      notes: [...t.notes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([id]) => content.noteRef(id))
        .filter((n) => n !== null)
        .slice(0, 3),
    }))
    .sort((a, b) => a.accuracy - b.accuracy || b.missed - a.missed)
    .slice(0, limit)
}

/** What the learner's history says across features: weak topics, and progress on content no longer shipped. */
export class PracticeInsightsService {
  constructor(
    private readonly content: PracticeContent,
    private readonly answers: QuizAnswerRepository,
    private readonly reviews: CardReviewRepository,
    private readonly mocks: MockExamRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The weakest topics over the last 90 days of quiz and mock answers. */
  weakTopics(limit = 8): { topics: WeakTopic[] } {
    const since = new Date(this.now().getTime() - windowDays * 86_400_000).toISOString()
    return { topics: weakTopicsOf(this.content, this.answers.since(since), limit) }
  }

  /** Cards and questions with saved progress that the content bundle no longer holds (their rows are kept). */
  orphans(): Orphans {
    const reviewCounts = this.reviews.reviewCounts()
    for (const row of this.reviews.all()) if (!reviewCounts.has(row.card_id)) reviewCounts.set(row.card_id, 0)
    const answerCounts = this.answers.counts()
    for (const m of this.mocks.all())
      for (const id of m.questionIds) if (!answerCounts.has(id)) answerCounts.set(id, 0)
    return {
      cards: [...reviewCounts]
        .filter(([id]) => !this.content.cardById.has(id))
        .map(([id, reviews]) => ({ id, reviews }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      questions: [...answerCounts]
        .filter(([id]) => !this.content.questionById.has(id))
        .map(([id, answers]) => ({ id, answers }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    }
  }
}
