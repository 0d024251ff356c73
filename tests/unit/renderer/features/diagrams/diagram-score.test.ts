import { describe, expect, it } from 'vitest'
import {
  compareWithBest,
  formatScore,
  isBetter,
  scorePercent,
} from '../../../../../renderer/src/features/diagrams/diagram-score'

describe('diagram quiz scores in words', () => {
  it('formats a score with its rounded percentage', () => {
    expect(formatScore({ correct: 7, total: 9 })).toBe('7 of 9 (78%)')
    expect(scorePercent({ correct: 0, total: 0 })).toBe(0)
    expect(scorePercent({ correct: 14, total: 14 })).toBe(100)
  })

  it('ranks by share first, then by boxes named', () => {
    expect(isBetter({ correct: 8, total: 10 }, { correct: 7, total: 8 })).toBe(false)
    expect(isBetter({ correct: 9, total: 10 }, { correct: 7, total: 8 })).toBe(true)
    expect(isBetter({ correct: 8, total: 10 }, { correct: 4, total: 5 })).toBe(true)
    expect(isBetter({ correct: 4, total: 5 }, { correct: 4, total: 5 })).toBe(false)
  })

  it('compares a saved attempt with the best before it', () => {
    expect(compareWithBest({ correct: 5, total: 10 }, null)).toMatch(
      /^Saved: 5 of 10 \(50%\)\. This is your first/,
    )
    expect(compareWithBest({ correct: 9, total: 10 }, { correct: 6, total: 10 })).toBe(
      'Saved: 9 of 10 (90%), a new best (before: 6 of 10 (60%)).',
    )
    expect(compareWithBest({ correct: 6, total: 10 }, { correct: 6, total: 10 })).toMatch(
      /equal to your best/,
    )
    expect(compareWithBest({ correct: 3, total: 10 }, { correct: 6, total: 10 })).toMatch(
      /Your best is 6 of 10/,
    )
  })
})
