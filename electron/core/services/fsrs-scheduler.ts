// The bridge between stored card rows and ts-fsrs: the scheduling itself is entirely ts-fsrs's.
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
} from 'ts-fsrs'
import type { CardSnapshot } from '../repositories/card-review-repository'

export const learnAheadMs = 20 * 60 * 1000

/** The ts-fsrs parameters the app schedules with: the learner's desired retention, intervals fuzzed like Anki. */
export function fsrsParameters(desiredRetention: number) {
  return generatorParameters({ request_retention: desiredRetention, enable_fuzz: true })
}

/** A ts-fsrs scheduler for a desired retention. */
export function createScheduler(desiredRetention: number): FSRS {
  return fsrs(fsrsParameters(desiredRetention))
}

/** The ts-fsrs Card a stored snapshot describes. */
export function toFsrsCard(s: CardSnapshot): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.last_review === null ? undefined : new Date(s.last_review),
  }
}

/** A snapshot of a ts-fsrs Card, keeping the row's suspension and burying. */
export function toSnapshot(
  card: FsrsCard,
  keep: Pick<CardSnapshot, 'suspended' | 'buried_until'>,
  updatedAt: Date,
): CardSnapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
    suspended: keep.suspended,
    buried_until: keep.buried_until,
    updated_at: updatedAt.toISOString(),
  }
}

/** The snapshot of a card never studied, as of `now`. */
export function newCardSnapshot(now: Date): CardSnapshot {
  return toSnapshot(createEmptyCard(now), { suspended: 0, buried_until: null }, now)
}

/** What each grade would schedule for a card reviewed now: the due date and the interval from now. */
export function previews(
  scheduler: FSRS,
  s: CardSnapshot,
  now: Date,
): { grade: Grade; due: string; intervalMs: number }[] {
  const preview = scheduler.repeat(toFsrsCard(s), now)
  return ([1, 2, 3, 4] as Grade[]).map((grade) => {
    const due = preview[grade].card.due
    return { grade, due: due.toISOString(), intervalMs: Math.max(0, due.getTime() - now.getTime()) }
  })
}
