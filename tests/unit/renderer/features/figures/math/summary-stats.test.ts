import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boxplotStats,
  histogram,
  mean,
  median,
  quantileSorted,
  standardDeviation,
} from '../../../../../../renderer/src/features/figures/math/summary-stats'

describe('quantiles (linear interpolation, as np.percentile)', () => {
  it('matches NumPy on small known arrays', () => {
    const s = [1, 2, 3, 4, 5, 6, 7, 8]
    expect(quantileSorted(s, 0.25)).toBeCloseTo(2.75, 12)
    expect(quantileSorted(s, 0.5)).toBeCloseTo(4.5, 12)
    expect(quantileSorted(s, 0.75)).toBeCloseTo(6.25, 12)
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2)
    expect(quantileSorted([1, 2, 3, 4, 5], 0.75)).toBe(4)
    expect(quantileSorted([7], 0.3)).toBe(7)
    expect(quantileSorted([], 0.5)).toBeNaN()
  })

  it('takes the median of unsorted values', () => {
    expect(median([9, 1, 5, 3])).toBe(4)
    expect(median([3, -1, 2])).toBe(2)
  })

  it('gives the mean and population standard deviation', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5)
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2)
  })
})

describe('box-plot statistics', () => {
  it('finds quartiles, fences, whisker ends and outliers of a known array', () => {
    const b = boxplotStats([8, 3, 100, 1, 5, 2, 7, 4, 6])
    expect(b).toEqual({
      q1: 3,
      median: 5,
      q3: 7,
      iqr: 4,
      lowerFence: -3,
      upperFence: 13,
      whiskerLow: 1,
      whiskerHigh: 8,
      outliers: [100],
    })
  })

  it('flags low and high outliers on both sides', () => {
    const b = boxplotStats([-50, 10, 11, 12, 13, 14, 15, 16, 60])
    expect(b.outliers).toEqual([-50, 60])
    expect(b.whiskerLow).toBe(10)
    expect(b.whiskerHigh).toBe(16)
  })

  it('keeps every value either inside the whiskers or listed as an outlier', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const b = boxplotStats(values)
          const inside = values.filter((v) => v >= b.whiskerLow && v <= b.whiskerHigh).length
          return (
            inside + b.outliers.length === values.length &&
            b.whiskerLow >= b.lowerFence &&
            b.whiskerHigh <= b.upperFence &&
            b.q1 <= b.median &&
            b.median <= b.q3
          )
        },
      ),
    )
  })
})

describe('histogram', () => {
  it('bins like np.histogram, with the last bin closed', () => {
    expect(histogram([1, 2, 2, 3, 3, 3, 4], 3)).toEqual({ edges: [1, 2, 3, 4], counts: [1, 2, 4] })
  })

  it('bins over a fixed range and leaves out values outside it', () => {
    expect(histogram([-0.2, 0, 0.1, 0.25, 0.5, 0.99, 1, 1.3], 4, [0, 1])).toEqual({
      edges: [0, 0.25, 0.5, 0.75, 1],
      counts: [2, 1, 1, 2],
    })
  })

  it('widens a range of equal values by a half either side', () => {
    expect(histogram([5, 5, 5], 2)).toEqual({ edges: [4.5, 5, 5.5], counts: [0, 3] })
  })

  it('counts every value exactly once, in the bin whose edges hold it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (values, bins) => {
          const h = histogram(values, bins)
          const inBin = (v: number, i: number) =>
            v >= h.edges[i]! && (v < h.edges[i + 1]! || (i === bins - 1 && v <= h.edges[bins]!))
          const expected = h.counts.map((_, i) => values.filter((v) => inBin(v, i)).length)
          return (
            h.edges.length === bins + 1 &&
            h.counts.every((c, i) => c === expected[i]) &&
            expected.reduce((s, c) => s + c, 0) === values.length
          )
        },
      ),
    )
  })

  it('places every value even when the range is too narrow for its bins (a width of 0)', () => {
    const h = histogram([0, -5e-324], 2)
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(2)
    expect(histogram([1e5, 1e5 + 1.5e-11, 1e5 + 3e-11], 50).counts.reduce((s, c) => s + c, 0)).toBe(3)
  })

  it('refuses a bin count that is not a positive integer', () => {
    expect(() => histogram([1, 2], 0)).toThrow(RangeError)
    expect(() => histogram([1, 2], 2.5)).toThrow(RangeError)
  })
})
