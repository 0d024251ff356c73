import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../../../electron/shared/contracts/practice-schemas'
import { makeCore } from '../../../helpers'

const all: Scope = { kind: 'all' }

/** A core whose clock the test moves by hand. */
function clockedCore(start = '2026-03-02T09:00:00.000Z') {
  const clock = { now: new Date(start) }
  const core = makeCore({ now: () => new Date(clock.now) })
  const rows = () => core.db.prepare('SELECT * FROM card_states ORDER BY card_id').all()
  return { core, clock, practice: core.services.practice, rows }
}

describe('flashcards on FSRS', () => {
  it('schedules a scripted sequence of grades exactly as ts-fsrs does for the same times', () => {
    const { core, clock, practice } = clockedCore()
    const cardId = practice.flashcards.queue(all).card!.id
    const f = fsrs({ request_retention: 0.9, enable_fuzz: true })
    let direct: Card = createEmptyCard(clock.now)
    const script: { grade: Grade; afterMs: number }[] = [
      { grade: 3, afterMs: 0 },
      { grade: 3, afterMs: 10 * 60_000 },
      { grade: 1, afterMs: 3 * 86_400_000 },
      { grade: 2, afterMs: 15 * 60_000 },
      { grade: 3, afterMs: 2 * 86_400_000 },
      { grade: 4, afterMs: 9 * 86_400_000 },
      { grade: 3, afterMs: 40 * 86_400_000 },
    ]
    for (const step of script) {
      clock.now = new Date(clock.now.getTime() + step.afterMs)
      // The previews the review screen shows are ts-fsrs's own for this moment.
      const preview = f.repeat(direct, clock.now)
      const shown = practice.flashcards.queue(
        { kind: 'note', id: practice.flashcards.queue(all).card!.note.id },
        cardId,
      ).card!
      expect(shown.id).toBe(cardId)
      expect(shown.previews.map((p) => p.due)).toEqual(
        ([1, 2, 3, 4] as Grade[]).map((g) => preview[g].card.due.toISOString()),
      )

      practice.flashcards.grade(cardId, step.grade, 4000, all)
      direct = f.next(direct, clock.now, step.grade).card
      const row = core.db.prepare('SELECT * FROM card_states WHERE card_id = ?').get(cardId) as Record<
        string,
        unknown
      >
      expect(row).toMatchObject({
        due: direct.due.toISOString(),
        stability: direct.stability,
        difficulty: direct.difficulty,
        elapsed_days: direct.elapsed_days,
        scheduled_days: direct.scheduled_days,
        learning_steps: direct.learning_steps,
        reps: direct.reps,
        lapses: direct.lapses,
        state: direct.state,
        last_review: direct.last_review!.toISOString(),
      })
    }
    const log = core.db
      .prepare(
        'SELECT grade, reviewed_at, elapsed_ms, state_before, state_after FROM card_reviews ORDER BY id',
      )
      .all() as {
      grade: number
      state_before: string
      state_after: string
    }[]
    expect(log.map((r) => r.grade)).toEqual(script.map((s) => s.grade))
    // Each review's state before is the previous review's state after: history alone rebuilds the schedule.
    for (let i = 1; i < log.length; i++)
      expect(JSON.parse(log[i]!.state_before)).toEqual(JSON.parse(log[i - 1]!.state_after))
  })

  it('undoes several answers, restoring the exact previous rows each time', () => {
    const { clock, practice, rows, core } = clockedCore()
    const snapshots = [rows()]
    const reviewIds: number[] = []
    const grades: Grade[] = [3, 1, 4, 3, 2]
    for (const g of grades) {
      const q = practice.flashcards.queue(all)
      reviewIds.push(practice.flashcards.grade(q.card!.id, g, 1500, all).reviewId)
      clock.now = new Date(clock.now.getTime() + 30_000)
      snapshots.push(rows())
    }
    expect(snapshots.at(-1)).not.toEqual(snapshots[0])
    for (let i = reviewIds.length - 1; i >= 0; i--) {
      const { queue } = practice.flashcards.undo(reviewIds[i]!, all)
      expect(rows()).toEqual(snapshots[i])
      const reviewed = core.db
        .prepare('SELECT card_id, undone_at FROM card_reviews WHERE id = ?')
        .get(reviewIds[i]!) as { card_id: string; undone_at: string }
      expect(reviewed.undone_at).not.toBeNull()
      expect(queue.card!.id).toBe(reviewed.card_id)
    }
    expect(practice.flashcards.queue(all).reviewedToday).toBe(0)
    expect(() => practice.flashcards.undo(reviewIds[0]!, all)).toThrow(/already undone/)
  })

  it('refuses to undo a review that is not the latest of its card', () => {
    const { clock, practice } = clockedCore()
    const id = practice.flashcards.queue(all).card!.id
    const first = practice.flashcards.grade(id, 1, 1000, all).reviewId
    clock.now = new Date(clock.now.getTime() + 5 * 60_000)
    practice.flashcards.grade(id, 3, 1000, { kind: 'all' })
    expect(() => practice.flashcards.undo(first, all)).toThrow(/latest review/)
  })

  it('limits new cards per day, then gives a fresh allowance the next study day', () => {
    const { clock, practice } = clockedCore()
    practice.settings.update({ newCardsPerDay: 3 })
    expect(practice.flashcards.queue(all).counts.new).toBe(3)
    for (let i = 0; i < 3; i++) {
      const q = practice.flashcards.queue(all)
      expect(q.card!.state).toBe('new')
      practice.flashcards.grade(q.card!.id, 4, 1000, all)
    }
    const after = practice.flashcards.queue(all)
    expect(after.counts).toEqual({ new: 0, learning: 0, review: 0 })
    expect(after.card).toBeNull()
    expect(after.reviewedToday).toBe(3)
    expect(after.newUnseen).toBe(practice.flashcards.overview().domains.reduce((n, d) => n + d.new, 0))
    // "Learn more" raises today's limit only.
    const more = practice.flashcards.learnMore(2, all).queue
    expect(more.counts.new).toBe(2)
    expect(more.card!.state).toBe('new')
    clock.now = new Date(clock.now.getTime() + 86_400_000)
    expect(practice.flashcards.queue(all).counts.new).toBe(3)
  })

  it('shows learning cards again after their step, and studies by domain, topic or note', () => {
    const { clock, practice, core } = clockedCore()
    const bundle = core.services.bundle
    const scope: Scope = { kind: 'topic', id: 'streaming' }
    const first = practice.flashcards.queue(scope).card!
    const note = bundle.noteById.get(first.note.id)!
    expect(note.topic).toBe('streaming')
    practice.flashcards.grade(first.id, 1, 1000, scope)
    clock.now = new Date(clock.now.getTime() + 2 * 60_000)
    const q = practice.flashcards.queue(scope)
    expect(q.counts.learning).toBe(1)
    expect(q.card!.id).toBe(first.id)
    expect(q.card!.state).toBe('learning')
    const de = practice.flashcards.queue({ kind: 'domain', id: 'modeling' }).card!
    expect(de.domain).toBe('modeling')
    expect(() => practice.flashcards.queue({ kind: 'note', id: 'no-such-note' })).toThrow(/no note/)
  })

  it('buries a card until the next study day and suspends one until brought back', () => {
    const { clock, practice } = clockedCore()
    const scope: Scope = { kind: 'note', id: 'kinesis-data-streams' }
    const total = practice.flashcards.queue(scope).counts.new
    const a = practice.flashcards.queue(scope).card!.id
    const afterBury = practice.flashcards.setBuried(a, true, scope).queue
    expect(afterBury.card!.id).not.toBe(a)
    expect(afterBury.counts.new).toBe(total - 1)
    const b = afterBury.card!.id
    expect(practice.flashcards.setSuspended(b, true, scope).queue.counts.new).toBe(total - 2)
    expect(practice.flashcards.overview().suspended).toBe(1)
    expect(() => practice.flashcards.grade(b, 3, 1000, scope)).toThrow(/suspended/)
    clock.now = new Date(clock.now.getTime() + 86_400_000)
    expect(practice.flashcards.queue(scope).counts.new).toBe(total - 1)
    expect(practice.flashcards.setSuspended(b, false, scope).queue.card!.id).toBe(b)
  })

  it('crams cards without touching their schedule', () => {
    const { practice, rows, core } = clockedCore()
    const id = practice.flashcards.queue(all).card!.id
    practice.flashcards.grade(id, 3, 1000, all)
    const before = rows()
    const { cards } = practice.flashcards.cram({ kind: 'domain', id: 'data-engineering' }, 500)
    expect(cards.length).toBeGreaterThan(50)
    expect(cards.every((c) => c.domain === 'data-engineering' && c.previews.length === 0)).toBe(true)
    expect(rows()).toEqual(before)
    expect((core.db.prepare('SELECT COUNT(*) AS n FROM card_reviews').get() as { n: number }).n).toBe(1)
  })

  it('shows a cloze gap as [...] and fills it on the back', () => {
    const { practice } = clockedCore()
    const cloze = practice.flashcards
      .cram({ kind: 'note', id: 's3-overview' }, 100)
      .cards.find((c) => c.id === 'de-c-002')!
    expect(cloze.front).toBe(
      'A single S3 PUT request can upload at most [...]; larger objects need multipart upload.',
    )
    expect(cloze.cloze).toEqual({
      before: 'A single S3 PUT request can upload at most ',
      answer: '5 GB',
      after: '; larger objects need multipart upload.',
    })
    expect(cloze.back).toContain('at most 5 GB;')
  })

  it('answers through the gate with outputs that match the contract', async () => {
    const { core } = clockedCore()
    const overview = await core.dispatch('cards:overview', {})
    expect(overview.ok).toBe(true)
    const q = await core.dispatch('cards:queue', { scope: all })
    if (!q.ok) throw new Error(q.error.message)
    const card = (q.value as { card: { id: string } }).card
    const graded = await core.dispatch('cards:grade', {
      cardId: card.id,
      grade: 3,
      elapsedMs: 2000,
      scope: all,
    })
    expect(graded.ok).toBe(true)
    expect(
      await core.dispatch('cards:grade', { cardId: card.id, grade: 5, elapsedMs: 2000, scope: all }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } })
    const cram = await core.dispatch('cards:cram', { scope: { kind: 'topic', id: 'streaming' }, limit: 5 })
    expect(cram.ok).toBe(true)
  })
})
