import { describe, expect, it } from 'vitest'
import { readinessHistory } from '../../../../../electron/shared/readiness/readiness-history'
describe('readiness history', () => {
  it('has one point a day, or one every few days over a long history, always ending today', () => {
    const exam = {
      passingScore: 750,
      scoreRange: [100, 1000] as [number, number],
      scoredQuestions: 50,
      domains: [],
    }
    const now = new Date('2025-06-30T12:00:00Z')
    const since = (days: number) => ({
      reads: [{ noteId: 'n', at: new Date(now.getTime() - days * 86_400_000) }],
      reviews: [],
      answers: [],
    })
    const short = readinessHistory(exam, since(9), now, 'UTC')
    expect(short.map((p) => p.day)).toEqual([
      '2025-06-21',
      '2025-06-22',
      '2025-06-23',
      '2025-06-24',
      '2025-06-25',
      '2025-06-26',
      '2025-06-27',
      '2025-06-28',
      '2025-06-29',
      '2025-06-30',
    ])
    const long = readinessHistory(exam, since(150), now, 'UTC')
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long.at(-1)!.day).toBe('2025-06-30')
    expect(long.at(-2)!.day).toBe('2025-06-27')
    expect(readinessHistory(exam, { reads: [], reviews: [], answers: [] }, now, 'UTC')).toEqual([])
  })
})
