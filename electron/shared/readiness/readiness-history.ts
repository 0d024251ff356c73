// Readiness over time, recomputed from the stored history: for each past local day, the model is run on
// what was known when that day ended (answers and reads until then, each card's memory after its last
// review until then). Recomputing rather than storing snapshots keeps imported or merged history consistent.
import type { HistoryPoint } from './dashboard-schemas'
import { addDays, dayRange, endOfDay, localDay, type DayKey } from './local-days'
import { computeReadiness, type Answer, type CardMemory, type ModelExam } from './readiness-model'

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

/** The first local day with any activity, or null. */
export function firstActivityDay(e: HistoryEvidence, timeZone: string): DayKey | null {
  const times = [e.reads[0]?.at, e.reviews[0]?.at, e.answers[0]?.at].filter((d): d is Date => d !== undefined)
  const first = times.reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null)
  return first ? localDay(first, timeZone) : null
}

/**
 * Points from the first activity (at most `maxDays` back) to today: one a day, or one every few days when that
 * would be more than `maxPoints` (today is always the last point).
 */
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
  const from = first < addDays(today, -(maxDays - 1)) ? addDays(today, -(maxDays - 1)) : first
  const memory = new Map<string, CardMemory>()
  const reads = [...e.reads].sort((a, b) => a.at.getTime() - b.at.getTime())
  let r = 0
  const known = new Set<string>()
  const points: HistoryPoint[] = []
  const all = dayRange(from, today)
  const step = Math.ceil(all.length / maxPoints)
  const days = all.filter((_d, i) => (all.length - 1 - i) % step === 0)
  for (const day of days) {
    const end = day === today ? now : new Date(endOfDay(day, timeZone).getTime() - 1)
    while (r < e.reviews.length && e.reviews[r]!.at.getTime() <= end.getTime()) {
      const x = e.reviews[r++]!
      memory.set(x.cardId, { cardId: x.cardId, stability: x.stability, lastReview: x.at })
    }
    while (reads.length && reads[0]!.at.getTime() <= end.getTime()) known.add(reads.shift()!.noteId)
    const model = computeReadiness(
      exam,
      { noteReads: known, cards: [...memory.values()], answers: e.answers },
      end,
    )
    points.push({
      day,
      state: model.state,
      estimate: model.readiness?.estimate ?? null,
      low: model.readiness?.low ?? null,
      high: model.readiness?.high ?? null,
      score: model.predictedScore?.estimate ?? null,
    })
  }
  return points
}
