import { describe, expect, it } from 'vitest'
import type { AppCore } from '../../../../../electron/core/app-core'
import { makeCore } from '../../../helpers'
import { seedHistory, type Clock } from '../../../seed-history'

const zone = 'Europe/Paris'

function core(start = '2025-03-01T08:00:00Z'): { core: AppCore; clock: Clock } {
  const clock: Clock = { now: new Date(start) }
  return { core: makeCore({ now: () => clock.now }), clock }
}

async function call(c: AppCore, channel: string, input: unknown) {
  const r = await c.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value as never
}

describe('readiness service', () => {
  it('shows a new learner an honest empty state: no claim, nothing in the charts but the due forecast days', async () => {
    const { core: c } = core()
    const d = (await call(c, 'readiness:dashboard', {
      timeZone: zone,
    })) as import('../../../../../electron/shared/readiness/dashboard-schemas').Dashboard
    expect(d.readiness.state).toBe('insufficient-data')
    expect(d.readiness.readiness).toBeNull()
    expect(d.readiness.predictedScore).toBeNull()
    expect(d.history).toEqual([])
    expect(d.mocks).toEqual([])
    expect(d.activity).toMatchObject({ days: [], currentStreak: 0, longestStreak: 0, activeDays: 0 })
    expect(d.due.days).toHaveLength(14)
    expect(d.due.days.every((x) => x.count === 0)).toBe(true)
    // With nothing known, every topic starts at a guess, so the topic with the largest share of the exam comes first.
    expect(d.studyNext[0]!.examShare).toBe(Math.max(...d.studyNext.map((t) => t.examShare)))
    expect(d.studyNext.reduce((s, t) => s + t.examShare, 0)).toBeCloseTo(1, 10)
    expect(d.studyNext.every((t, i, a) => i === 0 || a[i - 1]!.priority >= t.priority)).toBe(true)
  })

  it('turns weeks of study into an estimate, a history, mock scores, activity and due cards', async () => {
    const { core: c, clock } = core()
    const seeded = seedHistory(c, clock, { days: 35, mockEvery: 10, seed: 7 })
    const d = (await call(c, 'readiness:dashboard', {
      timeZone: zone,
    })) as import('../../../../../electron/shared/readiness/dashboard-schemas').Dashboard
    expect(d.readiness.state).toBe('estimate')
    const band = d.readiness.readiness!
    expect(band.low).toBeLessThanOrEqual(band.estimate)
    expect(band.high).toBeGreaterThanOrEqual(band.estimate)
    expect(d.readiness.predictedScore!.estimate).toBeGreaterThanOrEqual(100)
    expect(d.readiness.predictedScore!.estimate).toBeLessThanOrEqual(1000)
    expect(d.readiness.coverage.notesRead).toBeGreaterThan(0)
    // Notes are read in order, so the first domain's cards are studied and remembered.
    expect(d.readiness.domains[0]!.memory).toBeGreaterThan(0.3)
    expect(d.readiness.domains[0]!.coverage.cardsSeen).toBeGreaterThan(0)
    // One history point per day from the first study day to today; the early days make no claim.
    expect(d.history).toHaveLength(35)
    expect(d.history[0]!.state).toBe('insufficient-data')
    expect(d.history.at(-1)!.estimate).toBeCloseTo(band.estimate, 10)
    expect(d.mocks).toHaveLength(seeded.mocks)
    expect(
      d.mocks.every((m) => m.total > 0 && m.score >= 100 && m.score <= 1000 && m.passed === m.score >= 750),
    ).toBe(true)
    expect(d.activity.activeDays).toBe(seeded.daysStudied)
    expect(d.activity.longestStreak).toBeGreaterThanOrEqual(d.activity.currentStreak)
    expect(d.activity.days.reduce((s, x) => s + x.notes, 0)).toBe(d.readiness.coverage.notesRead)
    expect(d.due.overdue + d.due.days.reduce((s, x) => s + x.count, 0)).toBeGreaterThan(0)
    const summary = (await call(c, 'readiness:get', { timeZone: zone })) as {
      studyNext: { priority: number; notes: unknown[] }[]
    }
    expect(summary.studyNext).toHaveLength(14)
    expect(summary.studyNext[0]!.notes.length).toBeGreaterThan(0)
  })

  it('moves readiness up after right answers and down after wrong ones', async () => {
    const { core: c, clock } = core()
    seedHistory(c, clock, { days: 10, seed: 3, accuracy: [0.6, 0.6] })
    const before = c.services.readiness.readiness.readiness().readiness!.estimate
    const qs = c.services.bundle.questions.slice(0, 30)
    for (const q of qs)
      c.services.practice.quizzes.answer(
        q.id,
        q.options.filter((o) => o.correct).map((o) => o.id),
        1000,
        'quiz',
      )
    const up = c.services.readiness.readiness.readiness().readiness!.estimate
    expect(up).toBeGreaterThan(before)
    for (const q of qs)
      c.services.practice.quizzes.answer(
        q.id,
        q.options
          .filter((o) => !o.correct)
          .slice(0, q.choose)
          .map((o) => o.id),
        1000,
        'quiz',
      )
    expect(c.services.readiness.readiness.readiness().readiness!.estimate).toBeLessThan(up)
  })

  it('refuses a time zone it does not know', async () => {
    const { core: c } = core()
    const r = await c.dispatch('readiness:dashboard', { timeZone: 'Mars/Olympus' })
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', field: 'timeZone' } })
  })
})
