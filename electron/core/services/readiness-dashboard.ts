// The dashboard's history-wide parts (study activity by day, readiness over time) computed without reading
// every review: reviews are counted per UTC quarter-hour by the database (review_activity) and each card's
// memory at each history point is one index lookup. Both give exactly what counting and replaying every
// review gives, under two conditions checked here; where either fails the caller replays every review.
import { activityOf, countOn } from '../../shared/readiness/activity'
import type { Activity, ActivityDay, HistoryPoint } from '../../shared/readiness/dashboard-schemas'
import { addDays, dayStarts, localDay, spanIndex, type DayKey } from '../../shared/readiness/local-days'
import {
  firstDayOf,
  historyDays,
  historyEnd,
  historyPoints,
  type HistorySample,
} from '../../shared/readiness/readiness-history'
import type { ReadinessRepository, ReviewSpan } from '../repositories/readiness-repository'
import type { ReadinessAnswers } from './readiness-answers'
import type { ReadinessContent } from './readiness-content'

const QUARTER = 900_000

/** The instants the dashboard counts besides reviews (epoch ms), as stored and in stored order. */
export interface OtherEvents {
  reads: readonly { noteId: string; at: number }[]
  answers: readonly { at: number }[]
}

/**
 * Activity by local day from the per-quarter review counts, or null when they cannot give it exactly:
 * a review time not in the form the app writes, an instant that is not a time, or a zone whose days do not
 * all begin on a UTC quarter-hour (no zone in use today, but older offsets had seconds in them).
 */
export function activityFromCounts(
  repo: ReadinessRepository,
  span: ReviewSpan,
  other: OtherEvents,
  now: Date,
  timeZone: string,
): Activity | null {
  if (span.irregular > 0) return null
  let lo = Infinity
  let hi = -Infinity
  for (const { at } of [...other.reads, ...other.answers]) {
    if (!Number.isFinite(at)) return null
    lo = Math.min(lo, at)
    hi = Math.max(hi, at)
  }
  if (span.firstQuarter !== null && span.lastQuarter !== null) {
    lo = Math.min(lo, span.firstQuarter * QUARTER)
    hi = Math.max(hi, (span.lastQuarter + 1) * QUARTER - 1)
  }
  const byDay = new Map<DayKey, ActivityDay>()
  if (lo <= hi) {
    const first = localDay(new Date(lo), timeZone)
    const starts = dayStarts(first, localDay(new Date(hi), timeZone), timeZone)
    if (!starts || starts.some((s) => s % QUARTER !== 0)) return null
    const days = starts.slice(0, -1).map((_s, i) => addDays(first, i))
    if (span.firstQuarter !== null) {
      const spans = days.map((_d, i): [number, number] => [starts[i]! / QUARTER, starts[i + 1]! / QUARTER])
      repo.reviewsPerSpan(spans).forEach((n, i) => n > 0 && countOn(byDay, days[i]!, 'reviews', n))
    }
    const place = (at: number, kind: 'notes' | 'questions') => {
      const i = spanIndex(starts, at)
      if (i < 0) return false
      countOn(byDay, days[i]!, kind, 1)
      return true
    }
    for (const r of other.reads) if (!place(r.at, 'notes')) return null
    for (const a of other.answers) if (!place(a.at, 'questions')) return null
  }
  return activityOf(byDay, now, timeZone)
}

/**
 * Readiness over time with each card's memory at each point looked up in the database (the answers' sums
 * at each point are kept while the answers stay the same: see ReadinessAnswers). Exact when every review in
 * effect has its time in the form the app writes (`span.irregular` is 0, as `activityFromCounts` checks):
 * text order is then time order, so "the latest review up to a moment" is where the replay of every review
 * ends.
 */
export function historyFromLookups(
  content: ReadinessContent,
  repo: ReadinessRepository,
  span: ReviewSpan,
  other: OtherEvents,
  answers: ReadinessAnswers,
  now: Date,
  timeZone: string,
): HistoryPoint[] {
  const firstOf = (at: number | undefined) => (at === undefined ? undefined : new Date(at))
  const firstReview = span.firstReviewedAt === null ? undefined : new Date(span.firstReviewedAt)
  const first = firstDayOf(
    [firstOf(other.reads[0]?.at), firstReview, firstOf(other.answers[0]?.at)],
    timeZone,
  )
  if (!first) return []
  const today = localDay(now, timeZone)
  const days = historyDays(first, today)
  const ends = days.map((day) => historyEnd(day, today, now, timeZone))
  const lookups = repo.memoriesAt(
    [...content.cardIds],
    ends.map((e) => e.toISOString()),
  )
  // Looked up per point through one shared map of lists: 60 maps of 650 cards each cost more to fill.
  const samples: HistorySample[] = days.map((day, k) => ({
    day,
    end: ends[k]!,
    cards: { get: (cardId: string) => lookups.get(cardId)?.[k] ?? undefined },
  }))
  const reads = other.reads.map((r) => ({ noteId: r.noteId, at: new Date(r.at) }))
  answers.keepOnly(ends)
  return historyPoints(content.exam, samples, reads, answers.latest.byQuestion, (end) => answers.sumsAt(end))
}
