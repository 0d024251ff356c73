// A synthetic time series built from its components, so the learner can see how trend, seasonality and noise
// combine under the additive and the multiplicative model.
import { mulberry32, normalArray } from './random'

/** The knobs of the series. Amplitude and noise are in the series' units at the start (t = 0). */
export interface TimeSeriesParams {
  length: number
  /** The level at t = 0. */
  base: number
  /** Change of the trend per step. */
  slope: number
  /** Height of the seasonal swing at t = 0 (above and below the trend). */
  amplitude: number
  /** Steps per season (e.g. 12 for monthly data with a yearly cycle). */
  period: number
  /** Standard deviation of the noise at t = 0. */
  noise: number
  model: 'additive' | 'multiplicative'
  seed: number
}

/** The series and its components. Additive components are in units; multiplicative ones are factors around 1. */
export interface TimeSeries {
  model: TimeSeriesParams['model']
  t: number[]
  trend: number[]
  seasonal: number[]
  residual: number[]
  series: number[]
}

/**
 * Additive: y = trend + seasonal + noise. Multiplicative: y = trend × (1 + seasonal share) × (1 + noise share),
 * where the shares are amplitude and noise divided by the base, so both models agree at t = 0 and differ as the
 * trend moves away from it.
 */
export function timeSeries(p: TimeSeriesParams): TimeSeries {
  if (!(p.base > 0) || !(p.period > 0) || p.length < 1)
    throw new RangeError('base and period must be positive')
  const z = normalArray(mulberry32(p.seed), p.length)
  const t = Array.from({ length: p.length }, (_, i) => i)
  const trend = t.map((i) => p.base + p.slope * i)
  const wave = t.map((i) => Math.sin((2 * Math.PI * i) / p.period))
  if (p.model === 'additive') {
    const seasonal = wave.map((w) => p.amplitude * w)
    const residual = z.map((e) => p.noise * e)
    return {
      model: p.model,
      t,
      trend,
      seasonal,
      residual,
      series: t.map((i) => trend[i]! + seasonal[i]! + residual[i]!),
    }
  }
  const seasonal = wave.map((w) => 1 + (p.amplitude / p.base) * w)
  const residual = z.map((e) => 1 + (p.noise / p.base) * e)
  return {
    model: p.model,
    t,
    trend,
    seasonal,
    residual,
    series: t.map((i) => trend[i]! * seasonal[i]! * residual[i]!),
  }
}

/**
 * The seasonal and residual components in series units, for drawing: as they are for additive, and for
 * multiplicative the seasonal effect trend × (factor − 1) with the residual as whatever remains.
 */
export function componentsInUnits(ts: TimeSeries): { seasonal: number[]; residual: number[] } {
  if (ts.model === 'additive') return { seasonal: ts.seasonal, residual: ts.residual }
  const seasonal = ts.t.map((i) => ts.trend[i]! * (ts.seasonal[i]! - 1))
  return { seasonal, residual: ts.t.map((i) => ts.series[i]! - ts.trend[i]! - seasonal[i]!) }
}

/** Peak-to-trough height of the seasonal swing (noise left out) in the first and in the last full season. */
export function seasonalSwing(ts: TimeSeries, period: number): { first: number; last: number } {
  const units = componentsInUnits(ts).seasonal
  const p = Math.min(units.length, Math.max(1, Math.round(period)))
  const span = (window: number[]) => Math.max(...window) - Math.min(...window)
  return { first: span(units.slice(0, p)), last: span(units.slice(units.length - p)) }
}
