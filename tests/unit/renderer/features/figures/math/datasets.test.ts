import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aucOf, rocCurve } from '../../../../../../renderer/src/features/figures/math/classification'
import {
  incomesFrom,
  outlierSample,
  scoredSet,
  standardIncomeDraws,
} from '../../../../../../renderer/src/features/figures/math/datasets'
import {
  boxplotStats,
  mean,
  median,
  standardDeviation,
} from '../../../../../../renderer/src/features/figures/math/summary-stats'

describe("the course's box-plot sample", () => {
  it('has 100 uniform values in [−40, 60), 10 in [100, 150) and 10 in (−150, −100] for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const s = outlierSample(seed)
        return (
          s.all.length === 120 &&
          s.uniform.length === 100 &&
          s.uniform.every((v) => v >= -40 && v < 60) &&
          s.high.every((v) => v >= 100 && v < 150) &&
          s.low.every((v) => v > -150 && v <= -100)
        )
      }),
      { numRuns: 50 },
    )
  })

  it('gives the box and fences the course describes', () => {
    const b = boxplotStats(outlierSample(2024).all)
    expect(b.q1).toBeGreaterThan(-30)
    expect(b.q1).toBeLessThan(-10)
    expect(b.q3).toBeGreaterThan(25)
    expect(b.q3).toBeLessThan(50)
    expect(b.outliers.length).toBeGreaterThan(0)
    expect(b.outliers.every((v) => v >= 100 || v <= -100)).toBe(true)
  })

  it('is reproducible from its seed', () => {
    expect(outlierSample(9).all).toEqual(outlierSample(9).all)
    expect(outlierSample(9).all).not.toEqual(outlierSample(10).all)
  })
})

describe("the course's simulated incomes", () => {
  const incomes = incomesFrom(standardIncomeDraws(27), 27_000, 15_000)

  it('has 10,000 values with the requested mean and sd', () => {
    expect(incomes).toHaveLength(10_000)
    expect(Math.abs(mean(incomes) - 27_000)).toBeLessThan(450)
    expect(Math.abs(median(incomes) - 27_000)).toBeLessThan(600)
    expect(Math.abs(standardDeviation(incomes) / 15_000 - 1)).toBeLessThan(0.03)
  })

  it('puts about 3.6 % of people below zero, as a normal with these parameters must', () => {
    const share = incomes.filter((v) => v < 0).length / incomes.length
    expect(share).toBeGreaterThan(0.029)
    expect(share).toBeLessThan(0.043)
  })
})

describe('the scored test set', () => {
  it('honours the size and the class balance', () => {
    const set = scoredSet({ seed: 1, size: 500, separation: 2, positiveShare: 0.1 })
    expect(set.scores).toHaveLength(500)
    expect(set.labels.filter(Boolean)).toHaveLength(50)
    expect(set.scores.every((s) => s > 0 && s < 1)).toBe(true)
  })

  it('separates the classes more as the separation grows', () => {
    const auc = (separation: number) => {
      const set = scoredSet({ seed: 3, size: 2000, separation, positiveShare: 0.5 })
      return aucOf(rocCurve(set.scores, set.labels))
    }
    expect(Math.abs(auc(0) - 0.5)).toBeLessThan(0.05)
    // Two unit normals d apart give AUC = Φ(d / √2): 0.76 for d = 1, 0.98 for d = 3.
    expect(Math.abs(auc(1) - 0.76)).toBeLessThan(0.04)
    expect(Math.abs(auc(3) - 0.983)).toBeLessThan(0.015)
  })
})
