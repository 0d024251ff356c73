import { describe, expect, it } from 'vitest'
import { boxplotOption } from '../../../../../../renderer/src/features/figures/charts/boxplot-chart'
import type { ChartPalette } from '../../../../../../renderer/src/features/figures/charts/chart-style'
import {
  rocOption,
  scoresOption,
} from '../../../../../../renderer/src/features/figures/charts/classifier-charts'
import {
  distributionOption,
  functionLabel,
} from '../../../../../../renderer/src/features/figures/charts/distribution-chart'
import {
  histogramOption,
  thousands,
} from '../../../../../../renderer/src/features/figures/charts/histogram-chart'
import { timeSeriesOption } from '../../../../../../renderer/src/features/figures/charts/time-series-chart'
import { boxplotStats, histogram } from '../../../../../../renderer/src/features/figures/math/summary-stats'
import { timeSeries } from '../../../../../../renderer/src/features/figures/math/time-series'

const palette: ChartPalette = {
  text: '#111111',
  muted: '#555555',
  border: '#cccccc',
  surface: '#ffffff',
  accent: '#0000aa',
  success: '#00aa00',
  danger: '#aa0000',
  warning: '#aa5500',
  series: ['#0000aa'],
}
type Series = Record<string, unknown> & { type: string; data: unknown[] }
const seriesOf = (option: unknown) => (option as { series: Series[] }).series

describe('distribution chart', () => {
  it('draws the normal as a PDF line with the μ ± σ band', () => {
    const [s] = seriesOf(distributionOption(palette, { kind: 'normal', mean: 1, sd: 2 }))
    expect(s!.type).toBe('line')
    const band = (s!.markArea as { data: { xAxis: number }[][] }).data[0]!
    expect([band[0]!.xAxis, band[1]!.xAxis]).toEqual([-1, 3])
    expect(functionLabel({ kind: 'normal', mean: 0, sd: 1 })).toBe('PDF (continuous)')
  })

  it('draws discrete distributions as PMF bars, one per count, with the mean marked', () => {
    const [s] = seriesOf(distributionOption(palette, { kind: 'binomial', n: 10, p: 0.3 }))
    expect(s!.type).toBe('bar')
    expect(s!.data).toHaveLength(11)
    expect((s!.markLine as { data: { xAxis: number }[] }).data[0]!.xAxis).toBeCloseTo(3, 12)
    expect(functionLabel({ kind: 'poisson', lambda: 2 })).toBe('PMF (discrete)')
  })
})

describe('box-plot chart', () => {
  const stats = boxplotStats([8, 3, 100, 1, 5, 2, 7, 4, 6])

  it('draws whiskers, quartiles and median in ECharts order, and the outliers as points', () => {
    const [box, points] = seriesOf(boxplotOption(palette, stats, true))
    expect(box!.data).toEqual([[1, 3, 5, 7, 8]])
    expect(points!.data).toEqual([[0, 100]])
  })

  it('leaves the outlier points out when they are hidden', () => {
    expect(seriesOf(boxplotOption(palette, stats, false))[1]!.data).toEqual([])
  })
})

describe('histogram chart', () => {
  it('draws one bar per bin, bins below zero in the danger colour, and marks mean and median', () => {
    const h = histogram([-30, -10, 5, 15, 25, 35], 4)
    const [bars, mean, median] = seriesOf(histogramOption(palette, h, { mean: 6.7, median: 10 }))
    const colours = (bars!.data as { itemStyle: { color: string } }[]).map((d) => d.itemStyle.color)
    expect(colours).toEqual([palette.danger, palette.danger, palette.accent, palette.accent])
    expect([mean!.name, median!.name]).toEqual(['mean 7', 'median 10'])
    expect([mean, median].map((s) => (s!.markLine as { data: { xAxis: number }[] }).data[0]!.xAxis)).toEqual([
      6.7, 10,
    ])
    expect(thousands(27_000)).toBe('27k')
    expect(thousands(-2_500)).toBe('-2.5k')
  })
})

describe('classifier charts', () => {
  it('puts the operating point on the ROC chart and the AUC in its legend', () => {
    const roc = [
      { fpr: 0, tpr: 0, threshold: Infinity },
      { fpr: 1, tpr: 1, threshold: 0.5 },
    ]
    const series = seriesOf(rocOption(palette, roc, 0.5, { fpr: 0.25, tpr: 0.75 }))
    expect(series[0]!.name).toBe('ROC (AUC 0.500)')
    expect(series[2]!.data).toEqual([[0.25, 0.75]])
  })

  it('overlays the two classes and marks the threshold', () => {
    const neg = histogram([0.1, 0.2, 0.3], 5, [0, 1])
    const pos = histogram([0.7, 0.9], 5, [0, 1])
    const series = seriesOf(scoresOption(palette, neg, pos, 0.42))
    expect(series.map((s) => s.name)).toEqual(['actually negative', 'actually positive'])
    const bars = series[1]!.data as number[][]
    expect(bars.map(([x]) => x)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9].map((x) => expect.closeTo(x, 12)))
    expect(bars.map(([, count]) => count)).toEqual([0, 0, 0, 1, 1])
    expect((series[1]!.markLine as { data: { xAxis: number }[] }).data[0]!.xAxis).toBe(0.42)
  })
})

describe('time-series chart', () => {
  const ts = timeSeries({
    length: 24,
    base: 100,
    slope: 1,
    amplitude: 5,
    period: 12,
    noise: 1,
    model: 'additive',
    seed: 1,
  })

  it('draws the series over its trend', () => {
    const option = timeSeriesOption(palette, ts, false) as { grid: unknown[] }
    expect(option.grid).toHaveLength(1)
    expect(seriesOf(option).map((s) => s.name)).toEqual(['series', 'trend'])
  })

  it('adds a second panel with the seasonal and residual components on request', () => {
    const option = timeSeriesOption(palette, ts, true) as { grid: unknown[] }
    expect(option.grid).toHaveLength(2)
    const series = seriesOf(option)
    expect(series.map((s) => s.name)).toEqual(['series', 'trend', 'seasonal effect', 'noise (residual)'])
    expect(series[2]!.xAxisIndex).toBe(1)
  })
})
