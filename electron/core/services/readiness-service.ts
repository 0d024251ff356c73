import { activityByDay, dueForecast, type ActivityEvent } from '../../shared/readiness/activity'
import type { Activity, Dashboard, HistoryPoint, StudyNext } from '../../shared/readiness/dashboard-schemas'
import { endOfDay, localDay } from '../../shared/readiness/local-days'
import { readinessHistory, type HistoryEvidence } from '../../shared/readiness/readiness-history'
import { readinessFrom, type MemoryAt } from '../../shared/readiness/readiness-model'
import type { Readiness } from '../../shared/readiness/readiness-schemas'
import type { AnswerRow, CardMemoryRow, ReadinessRepository } from '../repositories/readiness-repository'
import type { ReadinessContent } from './readiness-content'
import { ReadinessAnswers, type StoredAnswers } from './readiness-answers'
import { activityFromCounts, historyFromLookups, type OtherEvents } from './readiness-dashboard'

/** When a studied card next comes up: its due time, or later while it is buried. */
function dueOf(c: CardMemoryRow): Date {
  const due = new Date(c.due)
  const buried = c.buried_until ? new Date(c.buried_until) : null
  return buried && buried > due ? buried : due
}

/** Everything stored that readiness is computed from, read once per request (reviews only when replayed). */
interface Stored {
  reads: { note_id: string; read_at: string }[]
  cards: CardMemoryRow[]
  answers: StoredAnswers
}

/** The readiness estimate, what to study next and the dashboard's series, from the stored progress. */
export class ReadinessService {
  private readonly answers: ReadinessAnswers

  constructor(
    private readonly content: ReadinessContent,
    private readonly repo: ReadinessRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.answers = new ReadinessAnswers(repo, content.exam)
  }

  /** The readiness model's estimate now. */
  readiness(): Readiness {
    return this.estimate(this.stored())
  }

  /** Readiness and the topics worth studying next, ranked. */
  summary(timeZone: string): { readiness: Readiness; studyNext: StudyNext[] } {
    const stored = this.stored()
    const readiness = this.estimate(stored)
    return { readiness, studyNext: this.studyNext(readiness, stored, timeZone) }
  }

  /** Everything the dashboard draws, with days in the learner's time zone. */
  dashboard(timeZone: string): Dashboard {
    const now = this.now()
    const stored = this.stored()
    const readiness = this.estimate(stored)
    const other: OtherEvents = {
      reads: stored.reads.map((r) => ({ noteId: r.note_id, at: Date.parse(r.read_at) })),
      answers: stored.answers.times.map((at) => ({ at })),
    }
    // Counted and looked up in the database where that is exact (see readiness-dashboard.ts), else replayed.
    const span = this.repo.reviewSpan()
    const counted = activityFromCounts(this.repo, span, other, now, timeZone)
    const { history, activity } = counted
      ? {
          activity: counted,
          history: historyFromLookups(this.content, this.repo, span, other, this.answers, now, timeZone),
        }
      : this.replay(stored, now, timeZone)
    return {
      readiness,
      studyNext: this.studyNext(readiness, stored, timeZone),
      history,
      mocks: this.repo.submittedMocks().map((m) => ({
        id: m.id,
        day: localDay(new Date(m.submitted_at), timeZone),
        submittedAt: m.submitted_at,
        score: m.scaled_score,
        passed: m.passed === 1,
        correct: m.raw_correct,
        total: m.total,
      })),
      activity,
      due: dueForecast(stored.cards.filter((c) => c.suspended === 0).map(dueOf), now, timeZone),
    }
  }

  /** Every topic ranked by the share of the exam it could still win: exam share × (1 − readiness). */
  private studyNext(readiness: Readiness, stored: Stored, timeZone: string): StudyNext[] {
    const read = new Set(stored.reads.map((r) => r.note_id))
    const endOfToday = endOfDay(localDay(this.now(), timeZone), timeZone)
    const due = new Set(
      stored.cards.filter((c) => c.suspended === 0 && dueOf(c) < endOfToday).map((c) => c.card_id),
    )
    const list: StudyNext[] = []
    for (const d of readiness.domains) {
      for (const t of d.topics) {
        const cards = this.content.cardsByTopic.get(`${d.id}/${t.topic}`) ?? []
        list.push({
          domain: d.id,
          domainName: d.name,
          topic: t.topic,
          topicName: t.name,
          examShare: t.examShare,
          readiness: t.readiness,
          answered: t.answers > 0,
          priority: t.examShare * (1 - t.readiness.estimate),
          notes: this.content.notesInOrder
            .filter((n) => n.domain === d.id && n.topic === t.topic)
            .map((n) => ({ id: n.id, title: n.title, read: read.has(n.id) })),
          cards: {
            total: t.coverage.cardsTotal,
            seen: t.coverage.cardsSeen,
            due: cards.filter((c) => due.has(c)).length,
          },
          questions: { total: t.coverage.questionsTotal, tried: t.coverage.questionsTried },
        })
      }
    }
    return list.sort((a, b) => b.priority - a.priority)
  }

  /** Activity and readiness over time from every review, replayed one by one: right for any stored data. */
  private replay(
    stored: Stored,
    now: Date,
    timeZone: string,
  ): { history: HistoryPoint[]; activity: Activity } {
    const { reads } = stored
    const answers = stored.answers.rows
    const reviews = this.repo.reviewEvents()
    const events: ActivityEvent[] = [
      ...reads.map((r) => ({ kind: 'notes' as const, at: new Date(r.read_at) })),
      ...reviews.map((r) => ({ kind: 'reviews' as const, at: new Date(r.reviewed_at) })),
      ...answers.map((a) => ({ kind: 'questions' as const, at: new Date(a.answered_at) })),
    ]
    const evidence: HistoryEvidence = {
      reads: reads.map((r) => ({ noteId: r.note_id, at: new Date(r.read_at) })),
      reviews: reviews.map((r) => ({
        cardId: r.card_id,
        at: new Date(r.reviewed_at),
        stability: r.stability,
      })),
      answers: answers.map(toAnswer),
    }
    return {
      history: readinessHistory(this.content.exam, evidence, now, timeZone),
      activity: activityByDay(events, now, timeZone),
    }
  }

  private stored(): Stored {
    return { reads: this.repo.noteReads(), cards: this.repo.cardMemories(), answers: this.answers.current() }
  }

  private estimate(stored: Stored): Readiness {
    const now = this.now()
    const cards = new Map<string, MemoryAt>()
    for (const c of stored.cards) {
      const at = new Date(c.last_review).getTime()
      if (at <= now.getTime()) cards.set(c.card_id, { stability: c.stability, at })
    }
    const read = new Set(stored.reads.map((r) => r.note_id))
    const answers = stored.answers.byQuestion
    return readinessFrom(
      this.content.exam,
      { read, cards, answers, answerSums: this.answers.sumsAt(now) },
      now,
    )
  }
}

function toAnswer(a: AnswerRow) {
  return { questionId: a.question_id, correct: a.correct === 1, at: new Date(a.answered_at) }
}
