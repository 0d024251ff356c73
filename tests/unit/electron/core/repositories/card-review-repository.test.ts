import { describe, expect, it } from 'vitest'
import { CardReviewRepository } from '../../../../../electron/core/repositories/card-review-repository'
import { newCardSnapshot } from '../../../../../electron/core/services/fsrs-scheduler'
import { studyDayStart } from '../../../../../electron/core/services/study-day'
import { makeCore } from '../../../helpers'

const start = new Date('2026-03-02T09:00:00.000Z')

function setup() {
  const clock = { now: new Date(start) }
  const core = makeCore({ now: () => new Date(clock.now) })
  const cards = core.services.bundle.cards.map((c) => c.id)
  return { core, clock, cards, repo: new CardReviewRepository(core.db) }
}

const plan = (db: ReturnType<typeof makeCore>['db'], sql: string, ...args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ')

describe('card reviews', () => {
  it("counts the day's reviews and the distinct new cards first studied, leaving undone ones out", () => {
    const { core, clock, cards, repo } = setup()
    const { flashcards } = core.services.practice
    const all = { kind: 'all' } as const
    const dayStart = studyDayStart(clock.now).toISOString()
    flashcards.grade(cards[0]!, 1, 1000, all)
    clock.now = new Date(clock.now.getTime() + 60_000)
    flashcards.grade(cards[0]!, 3, 1000, all)
    flashcards.grade(cards[1]!, 3, 1000, all)
    const undone = flashcards.grade(cards[2]!, 3, 1000, all).reviewId
    flashcards.undo(undone, all)
    expect(repo.countsSince(dayStart)).toEqual({ reviews: 3, new_cards: 2 })
    // A card made new again by an outside write counts once however often it is first studied.
    core.db.prepare('UPDATE card_states SET state = 0 WHERE card_id = ?').run(cards[1]!)
    flashcards.grade(cards[1]!, 3, 1000, all)
    expect(repo.countsSince(dayStart)).toEqual({ reviews: 4, new_cards: 2 })
    expect(repo.countsSince(new Date(clock.now.getTime() + 1).toISOString())).toEqual({
      reviews: 0,
      new_cards: 0,
    })
  })

  it('keeps the queue rows between reads and still sees every write, its own or not', () => {
    const { core, clock, cards, repo } = setup()
    const other = new CardReviewRepository(core.db)
    const first = repo.queueRows()
    expect(repo.queueRows()).toBe(first)
    // Its own writes are patched in: no reload, and the rows match the table.
    repo.recordReview(cards[0]!, 3, clock.now.toISOString(), 1000, () => {
      const before = newCardSnapshot(clock.now)
      return { before, after: { ...before, state: 1, due: '2026-03-02T09:10:00.000Z' } }
    })
    expect(repo.queueRows()).toBe(first)
    expect(first.get(cards[0]!)).toMatchObject({ state: 1, due: '2026-03-02T09:10:00.000Z' })
    // Another repository on the same connection, and plain SQL, are seen at the next read.
    other.save({ card_id: cards[1]!, ...newCardSnapshot(clock.now), suspended: 1 })
    expect(repo.queueRows().get(cards[1]!)).toMatchObject({ suspended: 1 })
    core.db
      .prepare("UPDATE card_states SET due = '2026-04-01T00:00:00.000Z' WHERE card_id = ?")
      .run(cards[0]!)
    expect(repo.queueRows().get(cards[0]!)!.due).toBe('2026-04-01T00:00:00.000Z')
    core.db.prepare('DELETE FROM card_states').run()
    expect(repo.queueRows().size).toBe(0)
  })

  it('forgets what it read or wrote inside a transaction that was rolled back', () => {
    const { core, clock, cards, repo } = setup()
    repo.save({ card_id: cards[0]!, ...newCardSnapshot(clock.now) })
    expect(repo.queueRows().get(cards[0]!)!.suspended).toBe(0)
    expect(() =>
      core.db.transaction(() => {
        repo.save({ card_id: cards[0]!, ...newCardSnapshot(clock.now), suspended: 1 })
        expect(repo.queueRows().get(cards[0]!)!.suspended).toBe(1)
        throw new Error('rolled back')
      })(),
    ).toThrow('rolled back')
    expect(repo.queueRows().get(cards[0]!)!.suspended).toBe(0)
  })

  it("finds the day's counts and a card's latest review through indexes, not by walking the log", () => {
    const { core } = setup()
    const counts = plan(
      core.db,
      `SELECT COUNT(*), COUNT(DISTINCT CASE WHEN json_extract(state_before, '$.state') = 0 THEN card_id END)
       FROM card_reviews WHERE reviewed_at >= ? AND undone_at IS NULL`,
      start.toISOString(),
    )
    expect(counts).toContain('SEARCH card_reviews USING COVERING INDEX card_reviews_day_counts')
    const latest = plan(
      core.db,
      'SELECT id FROM card_reviews WHERE card_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
      'x',
    )
    expect(latest).toContain('SEARCH card_reviews USING INDEX card_reviews_latest (card_id=?)')
    expect(latest).not.toContain('TEMP B-TREE')
  })
})
