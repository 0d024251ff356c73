// Readiness over time, recomputed from the stored history: for each past local day, the model is run on
// what was known when that day ended (answers and reads until then, each card's memory after its last
// review until then). Recomputing rather than storing snapshots keeps imported or merged history consistent.
import type { HistoryPoint } from './dashboard-schemas'
import { addDays, dayRange, endOfDay, localDay, type DayKey } from './local-days'
import {
  answersByQuestion,
  readinessFrom,
  type AnswerAt,
  type Answer,
  type IndexedEvidence,
  type MemoryAt,
  type ModelExam,
} from './readiness-model'

export interface ReviewEvent {
  cardId: string
  at: Date
  stability: number
}

export interface HistoryEvidence {
  reads: readonly { noteId: string; at: Date }[]
  /** Reviews in time order. */
  reviews: readonly ReviewEvent[]
  answers: readonly Answer[]
}

/** The moment a history point stands for, with every card's memory then (reviews until then only). */
export interface HistorySample {
  day: DayKey
  end: Date
  cards: IndexedEvidence['cards']
}

/** The first local day with any activity, or null. */
export function firstActivityDay(e: HistoryEvidence, timeZone: string): DayKey | null {
  return firstDayOf([e.reads[0]?.at, e.reviews[0]?.at, e.answers[0]?.at], timeZone)
}

/** The local day of the earliest of some instants (each list's first), or null when there are none. */
export function firstDayOf(firsts: readonly (Date | undefined)[], timeZone: string): DayKey | null {
  const times = firsts.filter((d): d is Date => d !== undefined)
  const first = times.reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null)
  return first ? localDay(first, timeZone) : null
}

/**
 * The days with a point, from the first activity (at most `maxDays` back) to today: one a day, or one every
 * few days when that would be more than `maxPoints` (today is always the last point).
 */
export function historyDays(first: DayKey, today: DayKey, maxDays = 180, maxPoints = 60): DayKey[] {
  const from = first < addDays(today, -(maxDays - 1)) ? addDays(today, -(maxDays - 1)) : first
  const all = dayRange(from, today)
  const step = Math.ceil(all.length / maxPoints)
  return all.filter((_d, i) => (all.length - 1 - i) % step === 0)
}

/** The last instant a point's day counts: the end of the day, or now for today. */
export function historyEnd(day: DayKey, today: DayKey, now: Date, timeZone: string): Date {
  return day === today ? now : new Date(endOfDay(day, timeZone).getTime() - 1)
}

/**
 * Readiness at each sample, in order: the notes read and the answers given until its end, and its cards.
 * `answers` are every answer by question; the model leaves out those after each sample's end. `answerSumsAt`
 * may give their sums at a sample's end when already known.
 */
export function historyPoints(
  exam: ModelExam,
  samples: readonly HistorySample[],
  reads: readonly { noteId: string; at: Date }[],
  answers: ReadonlyMap<string, readonly AnswerAt[]>,
  answerSumsAt?: (end: Date) => IndexedEvidence['answerSums'],
): HistoryPoint[] {
  const pending = [...reads].sort((a, b) => a.at.getTime() - b.at.getTime())
  let r = 0
  const known = new Set<string>()
  return samples.map(({ day, end, cards }) => {
    while (r < pending.length && pending[r]!.at.getTime() <= end.getTime()) known.add(pending[r++]!.noteId)
    const model = readinessFrom(exam, { read: known, cards, answers, answerSums: answerSumsAt?.(end) }, end)
    return {
      day,
      state: model.state,
      estimate: model.readiness?.estimate ?? null,
      low: model.readiness?.low ?? null,
      high: model.readiness?.high ?? null,
      score: model.predictedScore?.estimate ?? null,
    }
  })
}

/** Points from the first activity (at most `maxDays` back) to today; see `historyDays`. */
export function readinessHistory(
  exam: ModelExam,
  e: HistoryEvidence,
  now: Date,
  timeZone: string,
  maxDays = 180,
  maxPoints = 60,
): HistoryPoint[] {
  const first = firstActivityDay(e, timeZone)
  if (!first) return []
  const today = localDay(now, timeZone)
  const memory = new Map<string, MemoryAt>()
  let r = 0
  const samples = historyDays(first, today, maxDays, maxPoints).map((day) => {
    const end = historyEnd(day, today, now, timeZone)
    // One pass over the reviews in time order: each card keeps the memory of its latest review so far.
    while (r < e.reviews.length && e.reviews[r]!.at.getTime() <= end.getTime()) {
      const x = e.reviews[r++]!
      memory.set(x.cardId, { stability: x.stability, at: x.at.getTime() })
    }
    return { day, end, cards: new Map(memory) }
  })
  const answers = answersByQuestion(e.answers.map((a) => ({ ...a, at: a.at.getTime() })))
  return historyPoints(exam, samples, e.reads, answers)
}
