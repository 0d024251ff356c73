import type { Grade } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { PracticeContent } from '../../../../../electron/core/services/practice-content'
import { seededRandom } from '../../../../../electron/core/services/seeded-random'
import { studyDayStart } from '../../../../../electron/core/services/study-day'
import type { ReviewQueue, Scope } from '../../../../../electron/shared/contracts/practice-schemas'
import { makeCore } from '../../../helpers'
import {
  expectedAfterGrade,
  expectedUndoError,
  referenceQueue,
  snapshotBefore,
  storedSnapshot,
} from './flashcard-reference'

const MINUTE = 60_000
// Whole learning steps (1 and 10 minutes) land exactly on due times, the boundary of "due now".
const steps = [
  5_000,
  MINUTE,
  2 * MINUTE,
  10 * MINUTE,
  25 * MINUTE,
  3 * 60 * MINUTE,
  1440 * MINUTE,
  4 * 1440 * MINUTE,
]

/** A long random session on a real core; after every step the service must answer exactly as the reference. */
async function session(seed: number, length: number): Promise<Record<string, number>> {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const clock = { now: new Date('2026-03-02T09:00:00.000Z') }
  const core = makeCore({ now: () => new Date(clock.now) })
  const { db } = core
  const { flashcards, settings } = core.services.practice
  const content = new PracticeContent(core.services.bundle)
  // A few whole notes (so note and topic scopes run dry and refill) and cards spread over the bundle.
  const notes = [...new Set(content.cards.map((c) => c.note))]
  const pool = [
    ...content.cards.filter((c) => c.note === notes[0] || c.note === notes[7]),
    ...content.cards.filter((_, i) => i % 23 === 0),
  ]
  const scopes: Scope[] = [
    { kind: 'all' },
    ...[0, 7, 20, 45, notes.length - 1].flatMap((i): Scope[] => {
      const n = core.services.bundle.noteById.get(notes[i]!)!
      return [
        { kind: 'note', id: n.id },
        { kind: 'topic', id: n.topic },
        { kind: 'domain', id: n.domain },
      ]
    }),
  ]
  let scope: Scope = { kind: 'all' }
  let backup: string | null = null
  const seen: Record<string, number> = {}
  const tally = (what: string) => (seen[what] = (seen[what] ?? 0) + 1)
  const expected = (prefer?: string): ReviewQueue => {
    const dayStart = studyDayStart(clock.now).toISOString()
    const input = {
      db,
      content,
      settings: settings.get(),
      extraNewCards: settings.extraNewCards(dayStart),
      now: new Date(clock.now),
    }
    return referenceQueue(input, scope, prefer)
  }
  const same = (actual: ReviewQueue, prefer?: string) => {
    const want = expected(prefer)
    expect(actual).toStrictEqual(want)
    if (want.nextLearningDue) tally('learning-later')
    if (want.counts.review) tally('reviews due')
    if (want.card === null) tally('empty queue')
  }
  const rows = () => db.prepare('SELECT * FROM card_states ORDER BY card_id').all()

  const grade = (cardId: string) => {
    const g = pick([1, 2, 3, 4] as Grade[])
    const before = snapshotBefore(db, cardId, clock.now)
    const existed = storedSnapshot(db, cardId) !== null
    if (before.suspended) {
      const unchanged = rows()
      expect(() => flashcards.grade(cardId, g, 1000, scope)).toThrow(/suspended/)
      expect(rows()).toStrictEqual(unchanged)
      return tally('grade refused')
    }
    const { reviewId, queue } = flashcards.grade(cardId, g, 1000, scope)
    const after = expectedAfterGrade(before, clock.now, g, settings.get().desiredRetention)
    expect(storedSnapshot(db, cardId)).toStrictEqual(after)
    const review = db.prepare('SELECT * FROM card_reviews WHERE id = ?').get(reviewId) as Record<
      string,
      unknown
    >
    expect(review).toMatchObject({ card_id: cardId, grade: g, created_row: existed ? 0 : 1, undone_at: null })
    expect(JSON.parse(review.state_before as string)).toStrictEqual(before)
    expect(JSON.parse(review.state_after as string)).toStrictEqual(after)
    same(queue)
    tally(before.state === 0 ? 'new card graded' : 'card regraded')
  }

  const undo = () => {
    const ids = db.prepare('SELECT id FROM card_reviews ORDER BY id DESC LIMIT 6').pluck().all() as number[]
    const id = random() < 0.08 ? (ids[0] ?? 0) + 50 : pick(ids.length ? ids : [1])
    const error = expectedUndoError(db, id)
    if (error) {
      const unchanged = rows()
      expect(() => flashcards.undo(id, scope)).toThrow(error)
      expect(rows()).toStrictEqual(unchanged)
      return tally('undo refused')
    }
    const review = db.prepare('SELECT * FROM card_reviews WHERE id = ?').get(id) as {
      card_id: string
      state_before: string
      created_row: number
    }
    const { queue } = flashcards.undo(id, scope)
    expect(storedSnapshot(db, review.card_id)).toStrictEqual(
      review.created_row ? null : JSON.parse(review.state_before),
    )
    same(queue, review.card_id)
    tally('undone')
  }

  // Writes the service does not make (an import, a restore): the next queue must see them.
  const external = () => {
    const ids = db.prepare('SELECT card_id FROM card_states').pluck().all() as string[]
    if (!ids.length) return
    const id = pick(ids)
    const r = random()
    if (r < 0.4) db.prepare('UPDATE card_states SET suspended = 1 - suspended WHERE card_id = ?').run(id)
    else if (r < 0.8)
      db.prepare('UPDATE card_states SET due = ? WHERE card_id = ?').run(
        new Date(clock.now.getTime() + pick([-3, 1, 30, 600]) * MINUTE).toISOString(),
        id,
      )
    // A card made new again, so one day can hold two first reviews of it.
    else db.prepare('UPDATE card_states SET state = 0, reps = 0, suspended = 0 WHERE card_id = ?').run(id)
    tally('external write')
  }

  for (let step = 0; step < length; step++) {
    const r = random()
    const card = pick(pool).id
    if (r < 0.34) {
      const next = flashcards.queue(scope).card
      if (next) grade(next.id)
      else clock.now = new Date(clock.now.getTime() + pick(steps))
    } else if (r < 0.42) grade(card)
    else if (r < 0.52) undo()
    else if (r < 0.56) {
      const buried = random() < 0.6
      same(flashcards.setBuried(card, buried, scope).queue, buried ? undefined : card)
    } else if (r < 0.6) {
      const suspended = random() < 0.5
      same(flashcards.setSuspended(card, suspended, scope).queue, suspended ? undefined : card)
    } else if (r < 0.62) same(flashcards.learnMore(1 + Math.floor(random() * 5), scope).queue)
    else if (r < 0.64)
      settings.update({
        newCardsPerDay: Math.floor(random() * 12),
        desiredRetention: pick([0.8, 0.9, 0.95]),
      })
    else if (r < 0.67) core.services.notes.setRead(content.noteOf(pick(pool)).id, random() < 0.7)
    else if (r < 0.8) clock.now = new Date(clock.now.getTime() + pick(steps))
    else if (r < 0.85) scope = pick(scopes)
    else if (r < 0.89) {
      same(flashcards.queue(scope, card), card)
      tally('preferred')
    } else if (r < 0.92) {
      external()
      // A write of the service's own right after, before anything reads the outside change.
      if (random() < 0.5) same(flashcards.setSuspended(card, false, scope).queue, card)
    } else if (r < 0.935) {
      // A caller's transaction that is rolled back: nothing the service wrote or read in it may outlive it.
      const shown = flashcards.queue(scope).card?.id ?? card
      const write = random() < 0.5
      expect(() =>
        db.transaction(() => {
          if (write) same(flashcards.setSuspended(shown, true, scope).queue)
          else {
            external()
            same(flashcards.queue(scope))
          }
          throw new Error('rolled back')
        })(),
      ).toThrow('rolled back')
      tally('rolled back')
    } else if (r < 0.945) {
      clock.now = new Date(clock.now.getTime() + 1000)
      backup = (await core.services.data.create('manual', false)).name
    } else if (r < 0.955 && backup) {
      clock.now = new Date(clock.now.getTime() + 1000)
      await core.services.data.restore(backup)
      tally('restored')
    }
    same(flashcards.queue(scope))
  }
  return seen
}

describe('the flashcard queue over a long history', () => {
  it('answers every grade, undo, bury, suspend and outside write exactly as the reference queue', async () => {
    const seen = { ...(await session(7, 700)), ...(await session(2024, 500)) }
    // The sessions must have reached the cases that matter, or the comparison proves little.
    for (const what of [
      'new card graded',
      'card regraded',
      'grade refused',
      'undone',
      'undo refused',
      'learning-later',
      'reviews due',
      'empty queue',
      'preferred',
      'external write',
      'rolled back',
      'restored',
    ])
      expect(seen[what] ?? 0, what).toBeGreaterThan(0)
  }, 120_000)
})
