import { describe, expect, it } from 'vitest'
import type { AppCore } from '../../../../../electron/core/app-core'
import { addDays, daysBetween } from '../../../../../electron/shared/readiness/local-days'
import { makeCore } from '../../../helpers'
import { seedHistory, type Clock } from '../../../seed-history'

const zone = 'Australia/Brisbane'

function setup(start = '2025-04-01T00:00:00Z'): { c: AppCore; clock: Clock } {
  const clock: Clock = { now: new Date(start) }
  return { c: makeCore({ now: () => clock.now }), clock }
}

describe('plan service', () => {
  it('has no plan until an exam date is set, then spreads everything left over the days before it', () => {
    const { c } = setup()
    const plans = c.services.readiness
    expect(plans.plan.plan(zone)).toMatchObject({
      state: 'no-exam-date',
      goals: null,
      daysLeft: null,
      schedule: [],
    })
    const total = plans.plan.plan(zone).total
    plans.planSettings.update({ examDate: '2025-05-01' })
    const p = plans.plan.plan(zone)
    expect(p.state).toBe('active')
    expect(p.today).toBe('2025-04-01')
    expect(p.daysLeft).toBe(30)
    expect(p.remaining).toEqual({ notes: total.notes, newCards: total.cards, questions: total.questions })
    expect(p.goals!.notes).toEqual({ target: Math.ceil(total.notes / 27), done: 0 })
    expect(p.notesToRead).toHaveLength(p.goals!.notes.target)
    expect(p.notesToRead[0]!.id).toBe(c.services.bundle.notes[0]!.id)
    expect(p.schedule).toHaveLength(30)
    expect(p.schedule.reduce((s, d) => s + d.notes, 0)).toBe(total.notes)
    const lastReading = p.schedule.filter((d) => d.notes > 0).at(-1)!.day
    expect(daysBetween(lastReading, '2025-05-01')).toBeGreaterThan(3)
    expect(p.yesterday).toBeNull()
    // Every card in 27 days is more than the default 20 new cards a day: the plan keeps to the limit and says so.
    expect(p.goals!.newCards.target).toBe(20)
    expect(p.schedule.every((d) => d.newCards <= 20)).toBe(true)
    expect(p.warnings.some((w) => w.includes('would still be new on exam day'))).toBe(true)
    c.services.practice.settings.update({ newCardsPerDay: 100 })
    const roomy = plans.plan.plan(zone)
    expect(roomy.warnings).toEqual([])
    expect(daysBetween(roomy.finishesOn!, '2025-05-01')).toBeGreaterThan(3)
    expect(roomy.schedule.reduce((s, d) => s + d.newCards, 0)).toBe(total.cards)
  })

  it('counts what was done today without moving today\u2019s targets, then raises tomorrow\u2019s when the learner fell behind', () => {
    const { c, clock } = setup('2025-04-01T00:00:00Z')
    const plans = c.services.readiness
    plans.planSettings.update({ examDate: '2025-05-01' })
    clock.now = new Date('2025-04-02T00:00:00Z') // 10:00 in Brisbane, the plan's second day
    const morning = plans.plan.plan(zone)
    const notes = morning.notesToRead.map((n) => n.id)
    c.services.notes.setRead(notes[0]!, true)
    const later = plans.plan.plan(zone)
    expect(later.goals!.notes).toEqual({ target: morning.goals!.notes.target, done: 1 })
    expect(later.notesToRead).toHaveLength(morning.notesToRead.length - 1)
    // The next day: one note of the target was read, so the plan is behind and today's target is higher.
    clock.now = new Date('2025-04-03T00:00:00Z')
    const next = plans.plan.plan(zone)
    expect(next.yesterday).toMatchObject({
      pace: 'behind',
      notes: { target: morning.goals!.notes.target, done: 1 },
    })
    expect(next.daysLeft).toBe(28)
    expect(next.remaining.notes).toBe(morning.remaining.notes - 1)
    // Four days of nothing: the targets keep rising, and the plan still ends before the exam.
    clock.now = new Date('2025-04-07T00:00:00Z')
    const behind = plans.plan.plan(zone)
    expect(behind.goals!.notes.target).toBeGreaterThan(morning.goals!.notes.target)
    expect(behind.schedule.reduce((s, d) => s + d.notes, 0)).toBe(behind.remaining.notes)
    expect(behind.finishesOn! < '2025-05-01').toBe(true)
  })

  it('reports a learner who did more than planned as ahead, with lower targets', () => {
    const { c, clock } = setup('2025-04-01T00:00:00Z')
    const plans = c.services.readiness
    plans.planSettings.update({ examDate: '2025-05-01' })
    clock.now = new Date('2025-04-02T00:00:00Z')
    const first = plans.plan.plan(zone)
    for (const n of c.services.bundle.notes.slice(0, first.goals!.notes.target * 3))
      c.services.notes.setRead(n.id, true)
    let card = c.services.practice.flashcards.queue({ kind: 'all' }).card
    for (let i = 0; i < first.goals!.newCards.target + 5 && card; i++)
      card = c.services.practice.flashcards.grade(card.id, 3, 1000, { kind: 'all' }).queue.card
    clock.now = new Date('2025-04-03T00:00:00Z')
    const next = plans.plan.plan(zone)
    expect(next.yesterday!.pace).toBe('ahead')
    expect(next.goals!.notes.target).toBeLessThan(first.goals!.notes.target)
  })

  it('suggests a mock exam every N days once half the notes are read, and knows exam day and after', () => {
    const { c, clock } = setup('2025-04-01T00:00:00Z')
    const plans = c.services.readiness
    seedHistory(c, clock, { days: 12, notesPerDay: 6, reviewsPerDay: 5, questionsPerDay: 3, mockEvery: 0 })
    plans.planSettings.update({ examDate: addDays('2025-04-12', 20), mockEveryDays: 5 })
    const p = plans.plan.plan(zone)
    expect(p.remaining.notes).toBeLessThan(p.total.notes / 2)
    expect(p.goals!.mock).toEqual({ due: true, done: false })
    const mocks = p.schedule.filter((d) => d.mock).map((d) => d.day)
    expect(daysBetween(mocks[0]!, mocks[1]!)).toBe(5)
    plans.planSettings.update({ examDate: p.today })
    expect(plans.plan.plan(zone).state).toBe('exam-day')
    plans.planSettings.update({ examDate: addDays(p.today, -1) })
    expect(plans.plan.plan(zone).state).toBe('exam-passed')
  })

  it('counts first studies and today\u2019s reviews from every review in effect, undone ones left out', () => {
    const { c, clock } = setup('2025-04-01T00:00:00Z')
    seedHistory(c, clock, { days: 20, notesPerDay: 3, reviewsPerDay: 25, questionsPerDay: 4, mockEvery: 0 })
    c.services.readiness.planSettings.update({ examDate: '2025-06-01' })
    // Today: a few more reviews, then one more of a card studied before, undone.
    const all = { kind: 'all' as const }
    const flash = c.services.practice.flashcards
    let queue = flash.queue(all)
    for (let i = 0; i < 6 && queue.card; i++) queue = flash.grade(queue.card.id, 3, 1000, all).queue
    while (queue.card && queue.card.state === 'new') queue = flash.grade(queue.card.id, 3, 1000, all).queue
    expect(queue.card?.state).not.toBe('new')
    flash.undo(flash.grade(queue.card!.id, 3, 1000, all).reviewId, all)
    const p = c.services.readiness.plan.plan(zone)

    // The same figures from every stored review, read one by one.
    type Row = { card_id: string; reviewed_at: string; before: number | null; undone_at: string | null }
    const rows = c.db
      .prepare<[], Row>("SELECT card_id, reviewed_at, json_extract(state_before, '$.state') AS before, undone_at FROM card_reviews ORDER BY reviewed_at, id")
      .all()
      .filter((r) => r.undone_at === null)
    expect(rows.length).toBeGreaterThan(100)
    const startToday = new Date(`${p.today}T00:00:00+10:00`).getTime()
    const first = new Map<string, number>()
    for (const r of rows) if (!first.has(r.card_id)) first.set(r.card_id, Date.parse(r.reviewed_at))
    const firstBefore = [...first.values()].filter((t) => t < startToday).length
    const firstToday = [...first.values()].filter((t) => t >= startToday).length
    const repeatsToday = rows.filter((r) => r.before !== 0 && Date.parse(r.reviewed_at) >= startToday).length
    expect(repeatsToday).toBeGreaterThan(0)
    expect(p.remaining.newCards).toBe(p.total.cards - firstBefore)
    expect(p.goals!.newCards.done).toBe(firstToday)
    expect(p.goals!.reviews.done).toBe(repeatsToday)
  })

  it('keeps its settings beside the others and refuses invalid ones', async () => {
    const { c } = setup()
    expect(c.services.readiness.planSettings.get()).toEqual({
      examDate: null,
      mockEveryDays: 7,
      dailyQuestions: 10,
    })
    c.services.readiness.planSettings.update({ examDate: '2025-06-30', dailyQuestions: 20 })
    expect(c.services.settings.get().theme).toBe('system')
    expect(c.services.readiness.planSettings.get()).toEqual({
      examDate: '2025-06-30',
      mockEveryDays: 7,
      dailyQuestions: 20,
    })
    const bad = await c.dispatch('plan:updateSettings', { examDate: '30/06/2025' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', field: 'examDate' } })
    c.db.prepare("UPDATE settings SET value = '\"not a date\"' WHERE key = 'plan.examDate'").run()
    expect(c.services.readiness.planSettings.get().examDate).toBeNull()
  })
})
