import { describe, expect, it } from 'vitest'
import {
  componentsInUnits,
  seasonalSwing,
  timeSeries,
  type TimeSeriesParams,
} from '../../../../../../renderer/src/features/figures/math/time-series'

const base: TimeSeriesParams = {
  length: 120,
  base: 100,
  slope: 1,
  amplitude: 10,
  period: 12,
  noise: 0,
  model: 'additive',
  seed: 1,
}

describe('time series from components', () => {
  it('is the bare trend with no season and no noise', () => {
    const ts = timeSeries({ ...base, amplitude: 0 })
    expect(ts.series).toEqual(ts.trend)
    expect(ts.trend[0]).toBe(100)
    expect(ts.trend[119]).toBe(219)
  })

  it('adds trend, season and noise in the additive model', () => {
    const ts = timeSeries({ ...base, noise: 5 })
    ts.t.forEach((i) => expect(ts.series[i]).toBeCloseTo(ts.trend[i]! + ts.seasonal[i]! + ts.residual[i]!, 9))
    expect(ts.seasonal[3]).toBeCloseTo(10, 9)
    expect(ts.seasonal[9]).toBeCloseTo(-10, 9)
  })

  it('multiplies them in the multiplicative model, so the log of the series is additive', () => {
    const ts = timeSeries({ ...base, noise: 5, model: 'multiplicative' })
    ts.t.forEach((i) =>
      expect(Math.log(ts.series[i]!)).toBeCloseTo(
        Math.log(ts.trend[i]!) + Math.log(ts.seasonal[i]!) + Math.log(ts.residual[i]!),
        9,
      ),
    )
    expect(ts.seasonal[3]).toBeCloseTo(1.1, 9)
  })

  it('keeps the seasonal swing constant when additive and growing with the trend when multiplicative', () => {
    const additive = seasonalSwing(timeSeries(base), 12)
    expect(additive.first).toBeCloseTo(20, 9)
    expect(additive.last).toBeCloseTo(20, 9)
    const multiplicative = seasonalSwing(timeSeries({ ...base, model: 'multiplicative' }), 12)
    // At the start the two models agree; by the end the trend has roughly doubled, and so has the swing.
    expect(multiplicative.first).toBeGreaterThan(19)
    expect(multiplicative.first).toBeLessThan(22)
    expect(multiplicative.last / multiplicative.first).toBeGreaterThan(1.8)
  })

  it('splits a multiplicative series into components in units that add back up to it', () => {
    const ts = timeSeries({ ...base, noise: 4, model: 'multiplicative' })
    const c = componentsInUnits(ts)
    ts.t.forEach((i) => expect(ts.trend[i]! + c.seasonal[i]! + c.residual[i]!).toBeCloseTo(ts.series[i]!, 9))
    expect(c.seasonal[3]).toBeCloseTo(ts.trend[3]! * 0.1, 9)
  })

  it('draws the same noise for the same seed', () => {
    expect(timeSeries({ ...base, noise: 3 }).series).toEqual(timeSeries({ ...base, noise: 3 }).series)
    expect(timeSeries({ ...base, noise: 3 }).series).not.toEqual(
      timeSeries({ ...base, noise: 3, seed: 2 }).series,
    )
  })

  it('refuses a non-positive base or period', () => {
    expect(() => timeSeries({ ...base, base: 0 })).toThrow(RangeError)
    expect(() => timeSeries({ ...base, period: 0 })).toThrow(RangeError)
  })
})
