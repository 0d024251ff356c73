// The box-plot figure's chart: one box with 1.5 × IQR whiskers, the fences as dashed lines and the outliers
// as separate points, the way Matplotlib draws `plt.boxplot(data)`.
import type { EChartsCoreOption } from 'echarts/core'
import type { BoxplotStats } from '../math/summary-stats'
import { formatNumber } from '../format'
import { instant, tooltip, valueAxis, type ChartPalette } from './chart-style'

/** Builds the chart; the y range is fixed so a new sample can be compared with the last one. */
export function boxplotOption(p: ChartPalette, b: BoxplotStats, showOutliers: boolean): EChartsCoreOption {
  const fence = (value: number, name: string) => ({
    yAxis: value,
    name,
    label: {
      formatter: `${name} ${formatNumber(value, 1)}`,
      position: 'insideEndTop',
      color: p.muted,
      fontSize: 12,
    },
  })
  return {
    ...instant,
    grid: { left: 64, right: 24, top: 24, bottom: 36 },
    tooltip: tooltip(p, { trigger: 'item' }),
    xAxis: {
      type: 'category',
      data: ['data'],
      axisLabel: { color: p.text, fontSize: 12 },
      axisLine: { onZero: false, lineStyle: { color: p.muted } },
      axisTick: { show: false },
    },
    yAxis: valueAxis(p, 'value', { min: -160, max: 160, interval: 40, nameGap: 44 }),
    series: [
      {
        type: 'boxplot',
        name: 'box plot',
        boxWidth: [60, 160],
        data: [[b.whiskerLow, b.q1, b.median, b.q3, b.whiskerHigh]],
        // An unfilled box (the surface colour) keeps the median line visible, as in Matplotlib.
        itemStyle: { color: p.surface, borderColor: p.accent, borderWidth: 2 },
        tooltip: {
          formatter: () =>
            [
              `upper whisker: ${formatNumber(b.whiskerHigh, 1)}`,
              `Q3: ${formatNumber(b.q3, 1)}`,
              `median: ${formatNumber(b.median, 1)}`,
              `Q1: ${formatNumber(b.q1, 1)}`,
              `lower whisker: ${formatNumber(b.whiskerLow, 1)}`,
            ].join('<br>'),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: p.muted, type: 'dashed' },
          data: [fence(b.upperFence, 'Q3 + 1.5 × IQR'), fence(b.lowerFence, 'Q1 − 1.5 × IQR')],
        },
      },
      {
        type: 'scatter',
        name: 'outliers',
        data: showOutliers ? b.outliers.map((v) => [0, v]) : [],
        symbolSize: 9,
        itemStyle: { color: 'transparent', borderColor: p.danger, borderWidth: 2 },
        tooltip: { formatter: (x: { value: number[] }) => `outlier: ${formatNumber(x.value[1]!, 1)}` },
      },
    ],
  }
}
