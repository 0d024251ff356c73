import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../../../electron/shared/readiness/local-days'
import {
  dailyTargets,
  finishDay,
  mockDue,
  paceOf,
  projectSchedule,
  revisionDays,
  withinLimits,
  type PlanOptions,
  type Remaining,
} from '../../../../../electron/shared/readiness/study-plan'

const options: PlanOptions = { newCardsPerDay: 20, mockEveryDays: 7, dailyQuestions: 10 }
const today = '2025-05-01'

/** Lives `days` days, doing each day the given share of that day's targets (1 = exactly the plan). */
function live(start: Remaining, examDate: string, effort: (dayIndex: number) => number) {
  const left = { ...start }
  const log: { day: string; notes: number }[] = []
  for (let i = 0, day = today; day < examDate; i++, day = addDays(day, 1)) {
    const t = dailyTargets(left, daysBetween(day, examDate), options)
    const share = effort(i)
    const notes = Math.min(left.notes, Math.round(t.notes * share))
    left.notes -= notes
    left.newCards -= Math.min(left.newCards, Math.round(t.newCards * share))
    left.questions = Math.max(0, left.questions - Math.round(t.questions * share))
    log.push({ day, notes })
  }
  return { left, log }
}

describe('study plan', () => {
  it('finishes every note, card and question before the exam when followed, for any amount and any date', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(1000),
        fc.nat(400),
        fc.integer({ min: 1, max: 200 }),
        (notes, newCards, questions, days) => {
          const examDate = addDays(today, days)
          const { left, log } = live({ notes, newCards, questions }, examDate, () => 1)
          expect(left).toEqual({ notes: 0, newCards: 0, questions: 0 })
          // New material ends before the revision days at the end.
          const lastNotes = log.filter((d) => d.notes > 0).at(-1)
          if (lastNotes) expect(daysBetween(lastNotes.day, examDate)).toBeGreaterThan(revisionDays(days))
        },
      ),
    )
  })

  it('projects the same finish as living the plan, and keeps the last days for revision', () => {
    const examDate = addDays(today, 30)
    const schedule = projectSchedule(
      {
        today,
        examDate,
        remaining: { notes: 109, newCards: 648, questions: 348 },
        totalNotes: 109,
        lastMockDay: null,
      },
      { ...options, newCardsPerDay: 50 },
    )
    expect(schedule).toHaveLength(30)
    expect(schedule.reduce((s, d) => s + d.notes, 0)).toBe(109)
    expect(schedule.reduce((s, d) => s + d.newCards, 0)).toBe(648)
    const finish = finishDay(schedule)!
    expect(daysBetween(finish, examDate)).toBe(4)
    expect(schedule.slice(-3).every((d) => d.revision)).toBe(true)
    expect(schedule[0]!.notes).toBe(Math.ceil(109 / 27))
    // Mock exams every 7 days once half the notes are read, never on exam day.
    const mocks = schedule.filter((d) => d.mock).map((d) => d.day)
    expect(mocks.length).toBeGreaterThanOrEqual(2)
    for (let i = 1; i < mocks.length; i++) expect(daysBetween(mocks[i - 1]!, mocks[i]!)).toBe(7)
  })

  it('raises the next days\u2019 targets when the learner falls behind, and still finishes in time', () => {
    const examDate = addDays(today, 40)
    const start = { notes: 109, newCards: 648, questions: 348 }
    const onPlan = dailyTargets(start, 40, options)
    // Nothing done for the first ten days: the remaining days carry it all.
    const behind = live(start, examDate, (i) => (i < 10 ? 0 : 1))
    expect(behind.left).toEqual({ notes: 0, newCards: 0, questions: 0 })
    const after = dailyTargets(start, 30, options)
    expect(after.notes).toBeGreaterThan(onPlan.notes)
    expect(after.newCards).toBeGreaterThan(onPlan.newCards)
    // Doing half of each day's notes makes every following day ask for more.
    const half = live(start, examDate, () => 0.5)
    const asked = half.log.slice(0, 30).map((d) => d.notes * 2)
    expect(asked.at(-1)!).toBeGreaterThan(asked[0]!)
    expect(paceOf(onPlan, { notes: 0, newCards: 0, questions: 0 })).toBe('behind')
  })

  it('lowers the targets when the learner gets ahead, and says so', () => {
    const start = { notes: 100, newCards: 500, questions: 300 }
    const t = dailyTargets(start, 30, options)
    const ahead = dailyTargets({ notes: 60, newCards: 300, questions: 200 }, 29, options)
    expect(ahead.notes).toBeLessThan(t.notes)
    expect(paceOf(t, { notes: t.notes + 3, newCards: t.newCards, questions: 0 })).toBe('ahead')
    expect(paceOf(t, { ...t })).toBe('on-track')
  })

  it('keeps new cards within the daily limit of the flashcards, even when that leaves some unseen', () => {
    const examDate = addDays(today, 30)
    const schedule = projectSchedule(
      {
        today,
        examDate,
        remaining: { notes: 109, newCards: 648, questions: 348 },
        totalNotes: 109,
        lastMockDay: null,
      },
      options,
    )
    expect(Math.max(...schedule.map((d) => d.newCards))).toBe(20)
    expect(schedule.reduce((s, d) => s + d.newCards, 0)).toBeLessThan(648)
    expect(schedule.reduce((s, d) => s + d.notes, 0)).toBe(109)
    expect(withinLimits({ notes: 3, newCards: 30, questions: 10 }, options)).toEqual({
      notes: 3,
      newCards: 20,
      questions: 10,
    })
  })

  it('crams what is left when the exam is tomorrow, and asks for a minimum of questions when all are tried', () => {
    expect(dailyTargets({ notes: 12, newCards: 40, questions: 0 }, 1, options)).toEqual({
      notes: 12,
      newCards: 40,
      questions: 10,
    })
    expect(revisionDays(30)).toBe(3)
    expect(revisionDays(4)).toBe(3)
    expect(revisionDays(3)).toBe(1)
    expect(revisionDays(1)).toBe(0)
  })

  it('puts a mock exam every N days, the first once half the notes are read or the exam is near', () => {
    expect(mockDue('2025-05-01', '2025-06-01', null, 0.2, options)).toBe(false)
    expect(mockDue('2025-05-01', '2025-06-01', null, 0.5, options)).toBe(true)
    expect(mockDue('2025-05-26', '2025-06-01', null, 0, options)).toBe(true)
    expect(mockDue('2025-05-07', '2025-06-01', '2025-05-01', 1, options)).toBe(false)
    expect(mockDue('2025-05-08', '2025-06-01', '2025-05-01', 1, options)).toBe(true)
    expect(mockDue('2025-06-01', '2025-06-01', null, 1, options)).toBe(false)
  })
})
