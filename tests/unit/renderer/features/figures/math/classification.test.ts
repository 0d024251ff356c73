import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aucOf,
  confusionAt,
  metricsAt,
  metricsFrom,
  rocCurve,
} from '../../../../../../renderer/src/features/figures/math/classification'

// A small example worked by hand: positives scored 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4.
const scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4]
const labels = [true, true, false, true, false, false]

describe('confusion matrix at a threshold', () => {
  it('counts a score equal to the threshold as positive', () => {
    expect(confusionAt(scores, labels, 0.6)).toEqual({ tp: 3, fp: 1, tn: 2, fn: 0 })
    expect(confusionAt(scores, labels, 0.75)).toEqual({ tp: 2, fp: 0, tn: 3, fn: 1 })
  })

  it('derives every rate from the counts', () => {
    const m = metricsFrom({ tp: 40, fp: 10, tn: 45, fn: 5 })
    expect(m.precision).toBeCloseTo(0.8, 12)
    expect(m.recall).toBeCloseTo(40 / 45, 12)
    expect(m.f1).toBeCloseTo((2 * 0.8 * (40 / 45)) / (0.8 + 40 / 45), 12)
    expect(m.specificity).toBeCloseTo(45 / 55, 12)
    expect(m.fpr).toBeCloseTo(10 / 55, 12)
    expect(m.accuracy).toBeCloseTo(0.85, 12)
  })

  it('leaves precision and F1 undefined when nothing is predicted positive', () => {
    const m = metricsAt(scores, labels, 2)
    expect(m).toMatchObject({
      tp: 0,
      fp: 0,
      tn: 3,
      fn: 3,
      precision: null,
      recall: 0,
      f1: null,
      fpr: 0,
      specificity: 1,
    })
    expect(m.accuracy).toBe(0.5)
  })

  it('gives F1 = 0 when precision and recall are both 0', () => {
    expect(metricsFrom({ tp: 0, fp: 2, tn: 0, fn: 3 }).f1).toBe(0)
  })

  it('refuses mismatched inputs', () => {
    expect(() => confusionAt([0.1], [true, false], 0.5)).toThrow(RangeError)
  })
})

describe('ROC curve and AUC', () => {
  it('walks the hand-worked example and finds AUC = 8/9', () => {
    const roc = rocCurve(scores, labels)
    expect(roc.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [0, 1 / 3],
      [0, 2 / 3],
      [1 / 3, 2 / 3],
      [1 / 3, 1],
      [2 / 3, 1],
      [1, 1],
    ])
    expect(roc.map((p) => p.threshold)).toEqual([Infinity, 0.9, 0.8, 0.7, 0.6, 0.55, 0.4])
    expect(aucOf(roc)).toBeCloseTo(8 / 9, 12)
  })

  it('is 1 for perfectly separated scores', () => {
    const roc = rocCurve([0.95, 0.9, 0.8, 0.3, 0.2, 0.1], [true, true, true, false, false, false])
    expect(aucOf(roc)).toBe(1)
    expect(roc).toContainEqual({ fpr: 0, tpr: 1, threshold: 0.8 })
  })

  it('is 0 for perfectly inverted scores', () => {
    expect(aucOf(rocCurve([0.1, 0.2, 0.8, 0.9], [true, true, false, false]))).toBe(0)
  })

  it('is 0.5 when every score is the same: one diagonal step, not a corner', () => {
    const roc = rocCurve([0.5, 0.5, 0.5, 0.5, 0.5], [true, false, true, false, false])
    expect(roc.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [1, 1],
    ])
    expect(aucOf(roc)).toBe(0.5)
  })

  it('equals the chance that a random positive outscores a random negative (ties count half)', () => {
    const example = fc
      .array(fc.record({ score: fc.integer({ min: 0, max: 20 }), label: fc.boolean() }), {
        minLength: 2,
        maxLength: 80,
      })
      .filter((xs) => xs.some((x) => x.label) && xs.some((x) => !x.label))
    fc.assert(
      fc.property(example, (xs) => {
        const pos = xs.filter((x) => x.label).map((x) => x.score)
        const neg = xs.filter((x) => !x.label).map((x) => x.score)
        let wins = 0
        for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0
        const auc = aucOf(
          rocCurve(
            xs.map((x) => x.score / 20),
            xs.map((x) => x.label),
          ),
        )
        return Math.abs(auc - wins / (pos.length * neg.length)) < 1e-9
      }),
    )
  })

  it('passes through the operating point of every threshold it lists', () => {
    for (const p of rocCurve(scores, labels).slice(1)) {
      const m = metricsAt(scores, labels, p.threshold)
      expect([m.fpr, m.recall]).toEqual([p.fpr, p.tpr])
    }
  })

  it('needs both classes', () => {
    expect(() => rocCurve([0.2, 0.4], [true, true])).toThrow(RangeError)
  })
})
