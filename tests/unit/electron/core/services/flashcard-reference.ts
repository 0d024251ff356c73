// The flashcard queue as first written, kept as the oracle for the service: every card row read, both
// counts with their own queries, every group sorted. Only the data comes from the real core.
import type Database from 'better-sqlite3'
import { fsrs, type Grade } from 'ts-fsrs'
import type {
  CardSnapshot,
  CardStateRow,
} from '../../../../../electron/core/repositories/card-review-repository'
import {
  learnAheadMs,
  newCardSnapshot,
  toFsrsCard,
  toSnapshot,
} from '../../../../../electron/core/services/fsrs-scheduler'
import type { PracticeContent } from '../../../../../electron/core/services/practice-content'
import { nextStudyDayStart, studyDayStart } from '../../../../../electron/core/services/study-day'
import type { Card } from '../../../../../electron/shared/content/practice-schema'
import type {
  PracticeSettings,
  ReviewQueue,
  Scope,
} from '../../../../../electron/shared/contracts/practice-schemas'

type Kind = 'new' | 'learning-now' | 'learning-ahead' | 'learning-later' | 'review' | 'not-due' | 'hidden'

export interface ReferenceInput {
  db: Database.Database
  content: PracticeContent
  settings: PracticeSettings
  extraNewCards: number
  now: Date
}

/** A card's stored row without its id, or null when it has none. */
export function storedSnapshot(db: Database.Database, cardId: string): CardSnapshot | null {
  const row = db.prepare('SELECT * FROM card_states WHERE card_id = ?').get(cardId) as
    CardStateRow | undefined
  if (!row) return null
  const { card_id: _id, ...snapshot } = row
  return snapshot
}

/** The row a grade must store: ts-fsrs's next card from the stored one (or a new one), as of `now`. */
export function expectedAfterGrade(
  before: CardSnapshot,
  now: Date,
  grade: Grade,
  retention: number,
): CardSnapshot {
  const next = fsrs({ request_retention: retention, enable_fuzz: true }).next(toFsrsCard(before), now, grade)
  return toSnapshot(next.card, before, now)
}

/** The snapshot a review of a card would start from as of `now`. */
export function snapshotBefore(db: Database.Database, cardId: string, now: Date): CardSnapshot {
  return storedSnapshot(db, cardId) ?? newCardSnapshot(now)
}

/** The cards of a scope in reading order. */
function cardsIn(content: PracticeContent, scope: Scope): Card[] {
  return content.cards.filter((c) => {
    const n = content.noteOf(c)
    if (scope.kind === 'all') return true
    if (scope.kind === 'domain') return n.domain === scope.id
    if (scope.kind === 'topic') return n.topic === scope.id
    return n.id === scope.id
  })
}

/** The queue as the first version of FlashcardService.queue computed it. */
export function referenceQueue(input: ReferenceInput, scope: Scope, prefer?: string): ReviewQueue {
  const { db, content, settings, now } = input
  type Row = Pick<CardStateRow, 'card_id' | 'due' | 'state' | 'suspended' | 'buried_until'>
  const all = db
    .prepare('SELECT card_id, due, state, suspended, buried_until FROM card_states')
    .all() as Row[]
  const rows = new Map(all.map((r) => [r.card_id, r]))
  const dayStart = studyDayStart(now).toISOString()
  const newStudied = db
    .prepare(
      `SELECT COUNT(DISTINCT card_id) AS n FROM card_reviews
       WHERE reviewed_at >= ? AND undone_at IS NULL AND json_extract(state_before, '$.state') = 0`,
    )
    .pluck()
    .get(dayStart) as number
  const newLeftToday = Math.max(0, settings.newCardsPerDay + input.extraNewCards - newStudied)
  const read = new Set(db.prepare('SELECT note_id FROM note_reads').pluck().all() as string[])
  const dueOf = (c: Card) => rows.get(c.id)!.due
  const byDue = (a: Card, b: Card) => (dueOf(a) < dueOf(b) ? -1 : dueOf(a) > dueOf(b) ? 1 : 0)
  const nowIso = now.toISOString()
  const dayEnd = nextStudyDayStart(now).getTime()
  const classify = (row: Row | undefined): Kind => {
    if (row && (row.suspended || (row.buried_until !== null && row.buried_until > nowIso))) return 'hidden'
    if (!row || row.state === 0) return 'new'
    const due = Date.parse(row.due)
    if (row.state === 2) return due < dayEnd ? 'review' : 'not-due'
    if (due <= now.getTime()) return 'learning-now'
    if (due <= now.getTime() + learnAheadMs) return 'learning-ahead'
    return due < dayEnd ? 'learning-later' : 'not-due'
  }
  const groups: Record<Kind, Card[]> = {
    new: [],
    'learning-now': [],
    'learning-ahead': [],
    'learning-later': [],
    review: [],
    'not-due': [],
    hidden: [],
  }
  const scoped = cardsIn(content, scope)
  for (const card of scoped) groups[classify(rows.get(card.id))].push(card)
  const fresh = groups.new.filter((c) => read.has(c.note)).concat(groups.new.filter((c) => !read.has(c.note)))
  const newCount = Math.min(newLeftToday, fresh.length)
  const order = [
    ...groups['learning-now'].sort(byDue),
    ...groups.review.sort(byDue),
    ...fresh.slice(0, newCount),
    ...groups['learning-ahead'].sort(byDue),
  ]
  const preferred = prefer
    ? scoped.find((c) => c.id === prefer && classify(rows.get(c.id)) !== 'hidden')
    : undefined
  const next = preferred ?? order[0]
  const later = groups['learning-later'].sort(byDue)[0]
  const reviewedToday = db
    .prepare('SELECT COUNT(*) FROM card_reviews WHERE reviewed_at >= ? AND undone_at IS NULL')
    .pluck()
    .get(dayStart) as number
  return {
    card: next ? studyCard(input, next) : null,
    counts: {
      new: newCount,
      learning:
        groups['learning-now'].length + groups['learning-ahead'].length + groups['learning-later'].length,
      review: groups.review.length,
    },
    reviewedToday,
    newAvailable: newLeftToday,
    newUnseen: fresh.length,
    nextLearningDue: later ? rows.get(later.id)!.due : null,
  }
}

function studyCard(input: ReferenceInput, card: Card): NonNullable<ReviewQueue['card']> {
  const { db, content, now } = input
  const row = storedSnapshot(db, card.id)
  const snap = row ?? newCardSnapshot(now)
  const preview = fsrs({ request_retention: input.settings.desiredRetention, enable_fuzz: true }).repeat(
    toFsrsCard(snap),
    now,
  )
  return {
    ...content.face(card),
    state: (['new', 'learning', 'review', 'relearning'] as const)[snap.state] ?? 'new',
    due: row ? row.due : null,
    reps: snap.reps,
    lapses: snap.lapses,
    previews: ([1, 2, 3, 4] as Grade[]).map((grade) => {
      const due = preview[grade].card.due
      return { grade, due: due.toISOString(), intervalMs: Math.max(0, due.getTime() - now.getTime()) }
    }),
  }
}

/** The error an undo must give, as the first version checked it, or null when it must succeed. */
export function expectedUndoError(db: Database.Database, reviewId: number): RegExp | null {
  const review = db.prepare('SELECT * FROM card_reviews WHERE id = ?').get(reviewId) as
    { card_id: string; undone_at: string | null; state_after: string } | undefined
  if (!review) return /does not exist/
  if (review.undone_at) return /already undone/
  const latest = db
    .prepare('SELECT MAX(id) FROM card_reviews WHERE card_id = ? AND undone_at IS NULL')
    .pluck()
    .get(review.card_id)
  if (latest !== reviewId) return /latest review/
  const current = storedSnapshot(db, review.card_id)
  if (JSON.stringify(current) !== review.state_after) return /changed after that review/
  return null
}
