import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bernoulliPmf,
  binomialPmf,
  distributionPoints,
  isContinuous,
  moments,
  normalPdf,
  poissonPmf,
} from '../../../../../../renderer/src/features/figures/math/distributions'

describe('normal pdf', () => {
  it('matches the standard normal at known points', () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 12)
    expect(normalPdf(1)).toBeCloseTo(0.24197072451914337, 12)
    expect(normalPdf(-2)).toBeCloseTo(0.05399096651318806, 12)
  })

  it('scales with the mean and standard deviation', () => {
    expect(normalPdf(27_000, 27_000, 15_000)).toBeCloseTo(0.3989422804014327 / 15_000, 15)
    expect(normalPdf(12_000, 27_000, 15_000)).toBeCloseTo(0.24197072451914337 / 15_000, 15)
  })

  it('integrates to 1 over ±8 standard deviations', () => {
    const pts = distributionPoints({ kind: 'normal', mean: 2, sd: 1.5 }, { from: -10, to: 14 }, 2000)
    let area = 0
    for (let i = 1; i < pts.length; i++)
      area += ((pts[i]![0] - pts[i - 1]![0]) * (pts[i]![1] + pts[i - 1]![1])) / 2
    expect(area).toBeCloseTo(1, 6)
  })

  it('refuses a non-positive standard deviation', () => {
    expect(() => normalPdf(0, 0, 0)).toThrow(RangeError)
  })
})

describe('Poisson pmf', () => {
  it('matches known values', () => {
    expect(poissonPmf(2, 3)).toBeCloseTo(0.22404180765538775, 12)
    expect(poissonPmf(0, 1)).toBeCloseTo(Math.exp(-1), 12)
    expect(poissonPmf(10, 10)).toBeCloseTo(0.12511003572113372, 12)
  })

  it('is zero for negative or fractional counts', () => {
    expect(poissonPmf(-1, 3)).toBe(0)
    expect(poissonPmf(1.5, 3)).toBe(0)
  })

  it('sums to 1 and has mean λ', () => {
    const pts = distributionPoints({ kind: 'poisson', lambda: 4.5 }, { from: 0, to: 60 })
    expect(pts.reduce((s, [, p]) => s + p, 0)).toBeCloseTo(1, 10)
    expect(pts.reduce((s, [k, p]) => s + k * p, 0)).toBeCloseTo(4.5, 10)
  })
})

describe('binomial pmf', () => {
  it('matches known values', () => {
    expect(binomialPmf(5, 10, 0.5)).toBeCloseTo(0.24609375, 12)
    expect(binomialPmf(3, 10, 0.5)).toBeCloseTo(0.1171875, 12)
    expect(binomialPmf(2, 5, 0.3)).toBeCloseTo(0.3087, 12)
  })

  it('handles p = 0, p = 1 and k outside 0..n', () => {
    expect(binomialPmf(0, 8, 0)).toBe(1)
    expect(binomialPmf(8, 8, 1)).toBe(1)
    expect(binomialPmf(3, 8, 1)).toBe(0)
    expect(binomialPmf(9, 8, 0.5)).toBe(0)
  })

  it('sums to 1 with mean np and variance np(1−p) for any n and p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const pts = distributionPoints({ kind: 'binomial', n, p }, { from: 0, to: n })
        const total = pts.reduce((s, [, q]) => s + q, 0)
        const mean = pts.reduce((s, [k, q]) => s + k * q, 0)
        const variance = pts.reduce((s, [k, q]) => s + (k - mean) ** 2 * q, 0)
        const m = moments({ kind: 'binomial', n, p })
        return (
          Math.abs(total - 1) < 1e-9 &&
          Math.abs(mean - m.mean) < 1e-7 &&
          Math.abs(variance - m.variance) < 1e-6
        )
      }),
    )
  })
})

describe('Bernoulli pmf', () => {
  it('is p for 1, 1 − p for 0 and the binomial with n = 1', () => {
    expect(bernoulliPmf(1, 0.3)).toBe(0.3)
    expect(bernoulliPmf(0, 0.3)).toBeCloseTo(0.7, 12)
    expect(bernoulliPmf(2, 0.3)).toBe(0)
    expect(bernoulliPmf(1, 0.3)).toBeCloseTo(binomialPmf(1, 1, 0.3), 12)
  })
})

describe('moments and kinds', () => {
  it('gives the closed-form mean and variance', () => {
    expect(moments({ kind: 'normal', mean: 27_000, sd: 15_000 })).toEqual({
      mean: 27_000,
      variance: 225_000_000,
    })
    expect(moments({ kind: 'poisson', lambda: 3 })).toEqual({ mean: 3, variance: 3 })
    const b = moments({ kind: 'binomial', n: 10, p: 0.3 })
    expect(b.mean).toBeCloseTo(3, 12)
    expect(b.variance).toBeCloseTo(2.1, 12)
    expect(moments({ kind: 'bernoulli', p: 0.2 }).variance).toBeCloseTo(0.16, 12)
  })

  it('calls only the normal continuous', () => {
    expect(isContinuous({ kind: 'normal', mean: 0, sd: 1 })).toBe(true)
    expect(isContinuous({ kind: 'poisson', lambda: 1 })).toBe(false)
    expect(isContinuous({ kind: 'binomial', n: 3, p: 0.5 })).toBe(false)
    expect(isContinuous({ kind: 'bernoulli', p: 0.5 })).toBe(false)
  })

  it('gives one point per count for discrete distributions', () => {
    expect(
      distributionPoints({ kind: 'binomial', n: 4, p: 0.5 }, { from: 0, to: 99 }).map(([k]) => k),
    ).toEqual([0, 1, 2, 3, 4])
    expect(distributionPoints({ kind: 'poisson', lambda: 2 }, { from: 0, to: 6 })).toHaveLength(7)
    expect(distributionPoints({ kind: 'bernoulli', p: 0.25 }, { from: 0, to: 1 })).toEqual([
      [0, 0.75],
      [1, 0.25],
    ])
  })
})
