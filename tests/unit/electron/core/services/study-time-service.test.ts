import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

// 2026-03-10 09:00 in Berlin (UTC+1): the local day runs from 09-23:00Z to 10-23:00Z.
const now = new Date('2026-03-10T08:00:00.000Z')

function seed(core: ReturnType<typeof makeCore>) {
  const review = core.db.prepare(
    `INSERT INTO card_reviews (card_id, grade, reviewed_at, elapsed_ms, state_before, state_after, undone_at)
     VALUES ('c1', 3, ?, ?, '{}', '{}', ?)`,
  )
  review.run('2026-03-09T22:59:59.000Z', 60_000, null) // yesterday in Berlin
  review.run('2026-03-09T23:00:00.000Z', 30_000, null)
  review.run('2026-03-10T07:00:00.000Z', 45_000, null)
  review.run('2026-03-10T07:30:00.000Z', 20 * 60_000, null) // left open: counts 2 minutes
  review.run('2026-03-10T07:40:00.000Z', 40_000, '2026-03-10T07:41:00.000Z') // undone
  const answer = core.db.prepare(
    `INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source) VALUES ('q1', '[]', 1, ?, ?, 'quiz')`,
  )
  answer.run('2026-03-10T07:50:00.000Z', 90_000)
  answer.run('2026-03-10T23:00:00.000Z', 90_000) // tomorrow in Berlin
}

describe('study time today', () => {
  it('adds up today’s reviews and answers in the learner’s time zone, capped, without undone reviews', () => {
    const core = makeCore({ now: () => now })
    seed(core)
    expect(core.services.studyTime.today('Europe/Berlin')).toEqual({
      day: '2026-03-10',
      minutes: 4, // 30 s + 45 s + 120 s + 90 s = 4 min 45 s
      reviewMs: 195_000,
      questionMs: 90_000,
      reviews: 3,
      questions: 1,
    })
  })

  it('follows the date where the learner is', () => {
    const core = makeCore({ now: () => now })
    seed(core)
    // In Los Angeles (UTC−7) it is 01:00 on 10 March: that day runs from 10-07:00Z to 11-07:00Z.
    expect(core.services.studyTime.today('America/Los_Angeles')).toEqual({
      day: '2026-03-10',
      minutes: 5, // 45 s + 120 s + 90 s + 90 s = 5 min 45 s
      reviewMs: 165_000,
      questionMs: 180_000,
      reviews: 2,
      questions: 2,
    })
  })

  it('answers through the gate, refusing an unknown time zone', async () => {
    const core = makeCore({ now: () => now })
    const ok = await core.dispatch('study:timeToday', { timeZone: 'Europe/Berlin' })
    expect(ok).toMatchObject({ ok: true, value: { minutes: 0, reviews: 0, questions: 0 } })
    const bad = await core.dispatch('study:timeToday', { timeZone: 'Mars/Olympus' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', field: 'timeZone' } })
  })
})
