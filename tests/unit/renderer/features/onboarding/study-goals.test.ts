import { describe, expect, it } from 'vitest'
import { goalProblems, type StudyGoals } from '@/features/onboarding/study-goals'

const ok: StudyGoals = { examDate: '2026-12-20', newCardsPerDay: 20, dailyMinutes: 30, theme: 'system' }

describe('first-run study goals', () => {
  it('accept sensible goals and no exam date at all', () => {
    expect(goalProblems(ok, '2026-11-26')).toEqual({})
    expect(goalProblems({ ...ok, examDate: '' }, '2026-11-26')).toEqual({})
  })

  it('name each field that cannot be saved', () => {
    const p = goalProblems({ examDate: '2026-11-01', newCardsPerDay: -1, dailyMinutes: 2, theme: 'dark' }, '2026-11-26')
    expect(Object.keys(p).sort()).toEqual(['dailyMinutes', 'examDate', 'newCardsPerDay'])
    expect(goalProblems({ ...ok, newCardsPerDay: 2.5 }, '2026-11-26').newCardsPerDay).toMatch(/0 to 500/)
  })
})
