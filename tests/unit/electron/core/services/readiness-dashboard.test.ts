import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AppCore } from '../../../../../electron/core/app-core'
import { ReadinessContent } from '../../../../../electron/core/services/readiness-content'
import { addDays, localDay, startOfDay } from '../../../../../electron/shared/readiness/local-days'
import { makeCore } from '../../../helpers'
import { ReferenceRepository, ReferenceService } from './readiness-reference'

const DAY = 86_400_000
const zones = ['Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'] as const
// Daylight-saving changes of 2025–2026: Paris, St John's (−3:30/−2:30) and Lord Howe (by half an hour).
const changes = [
  '2025-03-30T01:00:00.000Z',
  '2025-10-26T01:00:00.000Z',
  '2026-03-29T01:00:00.000Z',
  '2026-10-25T01:00:00.000Z',
  '2025-03-09T05:30:00.000Z',
  '2025-11-02T04:30:00.000Z',
  '2026-03-08T05:30:00.000Z',
  '2026-11-01T04:30:00.000Z',
  '2025-04-05T15:00:00.000Z',
  '2025-10-04T15:30:00.000Z',
].map(Date.parse)

/** An instant near something that matters: a daylight-saving change or a local midnight, or anywhere. */
const instant = (zone: string, now: number) =>
  fc
    .oneof(
      fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 })),
      fc.tuple(
        fc
          .integer({ min: -400, max: 10 })
          .map((d) => startOfDay(addDays(localDay(new Date(now), zone), d), zone).getTime()),
        fc.constantFrom(-1, 0, 1, -60_000, 59_999, 900_000),
      ),
      fc.tuple(fc.integer({ min: now - 400 * DAY, max: now + 2 * DAY }), fc.constant(0)),
      fc.tuple(fc.integer({ min: now - 20 * DAY, max: now }), fc.constant(0)),
    )
    .map(([t, d]) => t + d)

const stability = fc.oneof(
  fc.double({ min: 0.01, max: 3000, noNaN: true }),
  fc.integer({ min: 0, max: 400 }),
  fc.constant(null),
)

const history = fc
  .record({
    zone: fc.constantFrom(...zones),
    now: fc.oneof(
      fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
      fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -DAY, max: DAY })).map(([t, d]) => t + d),
    ),
  })
  .chain(({ zone, now }) =>
    fc.record({
      zone: fc.constant(zone),
      now: fc.constant(now),
      /** One history in eight has times not in the form the app writes (an edited import): replayed. */
      withIrregular: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      later: fc.oneof(fc.integer({ min: 1, max: 3_600_000 }), fc.integer({ min: 1, max: 3 * DAY })),
      change: fc.record({
        kind: fc.constantFrom('add', 'add', 'remove', 'flip'),
        at: instant(zone, now),
        which: fc.nat(),
      }),
      reviews: fc.array(
        fc.record({
          card: fc.nat(),
          at: instant(zone, now),
          stability,
          first: fc.boolean(),
          undone: fc.constantFrom('no', 'no', 'no', 'inserted', 'later', 'deleted'),
          sameAsPrevious: fc.integer({ min: 0, max: 9 }),
          irregular: fc.integer({ min: 0, max: 20 }),
        }),
        { maxLength: 250, size: 'max' },
      ),
      answers: fc.array(fc.record({ question: fc.nat(), correct: fc.boolean(), at: instant(zone, now) }), {
        maxLength: 120,
        size: 'max',
      }),
      reads: fc.array(fc.record({ note: fc.nat(), at: instant(zone, now) }), { maxLength: 40, size: 'max' }),
      cards: fc.array(
        fc.record({
          card: fc.nat(),
          due: instant(zone, now + 7 * DAY),
          lastReview: instant(zone, now),
          stability,
          suspended: fc.boolean(),
          buried: fc.option(instant(zone, now + 3 * DAY)),
          state: fc.constantFrom(0, 1, 2, 3),
        }),
        { maxLength: 60, size: 'max' },
      ),
    }),
  )

type History = typeof history extends fc.Arbitrary<infer T> ? T : never

const iso = (t: number) => new Date(t).toISOString()

/** Writes a history straight into the progress tables (through their triggers), replacing the last one. */
function store(core: AppCore, h: History): void {
  const db = core.db
  const { cards, questions, notes } = core.services.bundle
  const cardId = (i: number) => (i % 11 === 10 ? `gone-card-${i % 3}` : cards[i % cards.length]!.id)
  db.transaction(() => {
    for (const t of ['card_reviews', 'quiz_answers', 'note_reads', 'card_states']) db.exec(`DELETE FROM ${t}`)
    const review = db.prepare(
      `INSERT INTO card_reviews
         (card_id, grade, reviewed_at, elapsed_ms, state_before, state_after, created_row, undone_at)
       VALUES (?, 3, ?, 1000, ?, ?, 0, ?)`,
    )
    const ids: number[] = []
    h.reviews.forEach((r, i) => {
      const previous = h.reviews[i - 1]
      const same = previous && r.sameAsPrevious === 0
      const card = cardId(same ? previous.card : r.card)
      let at = iso(same ? previous.at : r.at)
      if (h.withIrregular && r.irregular === 0) at = at.replace('.000Z', 'Z').replace(/\.\d{3}Z$/, '+00:00')
      const before = JSON.stringify({ state: r.first ? 0 : 2, stability: 1 })
      const after = JSON.stringify({ state: 2, stability: r.stability })
      const undone = r.undone === 'inserted' ? iso(h.now) : null
      ids.push(Number(review.run(card, at, before, after, undone).lastInsertRowid))
    })
    h.reviews.forEach((r, i) => {
      if (r.undone === 'later')
        db.prepare('UPDATE card_reviews SET undone_at = ? WHERE id = ?').run(iso(h.now), ids[i])
      if (r.undone === 'deleted') db.prepare('DELETE FROM card_reviews WHERE id = ?').run(ids[i])
    })
    const answer = db.prepare(
      `INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source)
       VALUES (?, '[]', ?, ?, 1000, 'quiz')`,
    )
    for (const a of h.answers)
      answer.run(questions[a.question % questions.length]!.id, a.correct ? 1 : 0, iso(a.at))
    const read = db.prepare('INSERT INTO note_reads (note_id, read_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
    for (const r of h.reads) read.run(notes[r.note % notes.length]!.id, iso(r.at))
    const card = db.prepare(
      `INSERT INTO card_states (card_id, due, stability, difficulty, elapsed_days, scheduled_days,
         learning_steps, reps, lapses, state, last_review, suspended, buried_until, updated_at)
       VALUES (?, ?, ?, 5, 1, 3, 0, 1, 0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    for (const c of h.cards)
      card.run(
        cardId(c.card),
        iso(c.due),
        c.stability ?? 2,
        c.state,
        iso(c.lastReview),
        c.suspended ? 1 : 0,
        c.buried === null ? null : iso(c.buried),
        iso(h.now),
      )
  })()
}

/** Adds, removes or changes one answer. */
function change(core: AppCore, h: History): void {
  const { kind, at, which } = h.change
  const ids = core.db.prepare('SELECT id FROM quiz_answers ORDER BY id').pluck().all() as number[]
  const id = ids[which % Math.max(1, ids.length)]
  if (kind === 'add' || id === undefined)
    core.db
      .prepare(
        `INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source)
         VALUES (?, '[]', 1, ?, 1000, 'quiz')`,
      )
      .run(core.services.bundle.questions[which % 7]!.id, iso(at))
  else if (kind === 'remove') core.db.prepare('DELETE FROM quiz_answers WHERE id = ?').run(id)
  else core.db.prepare('UPDATE quiz_answers SET correct = 1 - correct WHERE id = ?').run(id)
}

/** The per-quarter review counts as the triggers keep them, and as a count of the reviews gives them. */
function quarterCounts(core: AppCore) {
  const kept = core.db
    .prepare('SELECT quarter, reviews FROM review_activity WHERE reviews <> 0 ORDER BY quarter')
    .all()
  const counted = core.db
    .prepare(
      `SELECT CASE WHEN reviewed_at >= '1970' AND substr(reviewed_at, 12, 2) < '24'
                     AND strftime('%Y-%m-%dT%H:%M:%fZ', reviewed_at) IS reviewed_at
                   THEN unixepoch(reviewed_at) / 900 ELSE -1 END AS quarter, count(*) AS reviews
       FROM card_reviews WHERE undone_at IS NULL GROUP BY 1 ORDER BY 1`,
    )
    .all()
  return { kept, counted }
}

describe('the dashboard with a long history', () => {
  it('gives exactly what replaying every review gives: readiness, history, activity, due cards', async () => {
    let clock = new Date()
    const core = makeCore({ now: () => clock })
    const reference = new ReferenceService(
      new ReadinessContent(core.services.bundle),
      new ReferenceRepository(core.db),
      () => clock,
    )
    await fc.assert(
      fc.asyncProperty(history, async (h) => {
        store(core, h)
        clock = new Date(h.now)
        const { kept, counted } = quarterCounts(core)
        expect(kept).toEqual(counted)
        const dashboard = await core.dispatch('readiness:dashboard', { timeZone: h.zone })
        const expected = reference.dashboard(h.zone)
        expect(dashboard).toEqual({ ok: true, value: expected })
        // Key order too: the same JSON goes to the renderer.
        expect(JSON.stringify(dashboard.ok && dashboard.value)).toBe(JSON.stringify(expected))
        const summary = await core.dispatch('readiness:get', { timeZone: h.zone })
        expect(summary).toEqual({ ok: true, value: reference.summary(h.zone) })
        // Later, with nothing new: the answers' sums kept for the past points are still exactly right.
        clock = new Date(h.now + h.later)
        const later = await core.dispatch('readiness:dashboard', { timeZone: h.zone })
        expect(later).toEqual({ ok: true, value: reference.dashboard(h.zone) })
        // Then one answer more, one fewer or one changed: what was kept for the moments before it still holds.
        change(core, h)
        const changed = await core.dispatch('readiness:dashboard', { timeZone: h.zone })
        expect(changed).toEqual({ ok: true, value: reference.dashboard(h.zone) })
      }),
      { numRuns: 80 },
    )
  }, 120_000)
})
