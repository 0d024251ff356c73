import { describe, expect, it } from 'vitest'
import type { Plan } from '@shared/readiness/plan-schemas'
import { daysText, minutesGoal, planLines, planProgress } from '@/features/home/today-summary'

const goals = (over: Partial<NonNullable<Plan['goals']>> = {}): Plan =>
  ({
    goals: {
      notes: { target: 2, done: 1 },
      newCards: { target: 10, done: 15 },
      reviews: { target: 0, done: 0 },
      questions: { target: 8, done: 0 },
      mock: { due: false, done: false },
      ...over,
    },
  }) as Plan

describe('today’s plan', () => {
  it('lists goals with something to do and caps overshoot when adding up', () => {
    const lines = planLines(goals())
    expect(lines.map((l) => l.label)).toEqual(['Notes to read', 'New cards', 'Questions'])
    expect(planProgress(lines)).toBeCloseTo((1 + 10 + 0) / 20)
  })

  it('counts a due mock exam, and says nothing without a plan', () => {
    const lines = planLines(goals({ mock: { due: true, done: true } }))
    expect(lines.at(-1)).toEqual({ label: 'Mock exam', done: 1, target: 1 })
    expect(planLines(null)).toEqual([])
    expect(planProgress([])).toBeNull()
  })

  it('says how far the exam is', () => {
    expect([daysText(0), daysText(1), daysText(12), daysText(-1), daysText(-3)]).toEqual([
      'today',
      'tomorrow',
      'in 12 days',
      'yesterday',
      '3 days ago',
    ])
  })
})

describe('the daily minutes goal', () => {
  it('reads minutes against the goal and caps the share at the goal', () => {
    expect(minutesGoal(12, 30)).toEqual({ text: '12 of 30 minutes', done: 0.4, met: false })
    expect(minutesGoal(45, 30)).toEqual({ text: '45 of 30 minutes', done: 1, met: true })
    expect(minutesGoal(0, 5)).toEqual({ text: '0 of 5 minutes', done: 0, met: false })
  })
})
