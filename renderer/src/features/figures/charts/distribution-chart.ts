// The distributions figure's chart: a PDF line for continuous data, PMF bars for discrete data.
import type { EChartsCoreOption } from 'echarts/core'
import { distributionPoints, isContinuous, moments, type DistributionSpec } from '../math/distributions'
import { formatNumber } from '../format'
import { instant, legend, tooltip, valueAxis, verticalMarker, type ChartPalette } from './chart-style'

/** The x range a distribution is drawn over; fixed per kind so moving a slider visibly moves the shape. */
export function distributionRange(spec: DistributionSpec): { from: number; to: number } {
  switch (spec.kind) {
    case 'normal':
      return { from: -10, to: 10 }
    case 'poisson':
      return { from: 0, to: 35 }
    case 'binomial':
      return { from: 0, to: spec.n }
    case 'bernoulli':
      return { from: 0, to: 1 }
  }
}

/** The function's name as the figure labels it. */
export function functionLabel(spec: DistributionSpec): string {
  return isContinuous(spec) ? 'PDF (continuous)' : 'PMF (discrete)'
}

/** Builds the chart: a filled density line with the ±1σ band, or bars of P(X = k), and the mean marked. */
export function distributionOption(p: ChartPalette, spec: DistributionSpec): EChartsCoreOption {
  const range = distributionRange(spec)
  const points = distributionPoints(spec, range)
  const { mean, variance } = moments(spec)
  const continuous = isContinuous(spec)
  const name = continuous ? 'density f(x)' : 'probability P(X = k)'
  const meanLine = verticalMarker(mean, `mean ${formatNumber(mean, 2)}`, p.warning, 'end')
  const series = continuous
    ? {
        type: 'line',
        name: 'PDF',
        data: points,
        showSymbol: false,
        smooth: false,
        lineStyle: { width: 2.5, color: p.accent },
        itemStyle: { color: p.accent },
        areaStyle: { color: p.accent, opacity: 0.12 },
        markLine: meanLine,
        markArea: {
          silent: true,
          itemStyle: { color: p.accent, opacity: 0.1 },
          // Labelled beside the chart instead: inside the band it would collide with the mean's label.
          label: { show: false },
          data: [[{ xAxis: mean - Math.sqrt(variance) }, { xAxis: mean + Math.sqrt(variance) }]],
        },
      }
    : {
        type: 'bar',
        name: 'PMF',
        data: points,
        barWidth: '60%',
        itemStyle: { color: p.accent, borderRadius: [3, 3, 0, 0] },
        markLine: meanLine,
      }
  const pad = continuous ? 0 : 0.6
  return {
    ...instant,
    grid: { left: 64, right: 24, top: 36, bottom: 52 },
    legend: legend(p, { show: false }),
    tooltip: tooltip(p, {
      trigger: 'axis',
      valueFormatter: (v: number) => formatNumber(v, 4),
    }),
    xAxis: valueAxis(p, continuous ? 'x' : 'k (count)', {
      min: range.from - pad,
      max: range.to + pad,
      minInterval: continuous ? 0 : 1,
      splitLine: { show: false },
      axisLabel: {
        color: p.text,
        fontSize: 12,
        hideOverlap: true,
        // Discrete axes are padded by half a bar; only whole counts get a label.
        formatter: (v: number) => (continuous || Number.isInteger(v) ? formatNumber(v, 1) : ''),
      },
    }),
    yAxis: valueAxis(p, name, {
      nameGap: 48,
      min: 0,
      axisLabel: { color: p.text, fontSize: 12, formatter: (v: number) => formatNumber(v, 3) },
    }),
    series: [series],
  }
}
