import { describe, expect, it } from 'vitest'
import {
  correctNeededToPass,
  passRawFraction,
  scaledScore,
} from '../../../../../electron/shared/practice/scaled-score'

const scale = { range: [100, 1000] as const, passMark: 750 }

describe('the estimated scaled score', () => {
  it('maps 0 % to 100, 72 % to the pass mark 750 and 100 % to 1,000', () => {
    expect(scaledScore(0, 65, scale)).toBe(100)
    expect(scaledScore(72, 100, scale)).toBe(750)
    expect(scaledScore(65, 65, scale)).toBe(1000)
    expect(passRawFraction).toBe(0.72)
  })

  it('grows with every right answer and stays inside the range', () => {
    let last = 0
    for (let c = 0; c <= 65; c++) {
      const s = scaledScore(c, 65, scale)
      expect(s).toBeGreaterThan(last)
      expect(s).toBeGreaterThanOrEqual(100)
      expect(s).toBeLessThanOrEqual(1000)
      last = s
    }
  })

  it('needs 47 of 65 to pass', () => {
    expect(correctNeededToPass(65, scale)).toBe(47)
    expect(scaledScore(46, 65, scale)).toBeLessThan(750)
    expect(scaledScore(0, 0, scale)).toBe(100)
  })
})
