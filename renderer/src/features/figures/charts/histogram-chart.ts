// The income figure's chart: a histogram like `plt.hist(incomes, bins)`, with bins below zero picked out and
// the mean and median marked.
import type { EChartsCoreOption } from 'echarts/core'
import type { Histogram } from '../math/summary-stats'
import { formatNumber } from '../format'
import { instant, legend, tooltip, valueAxis, type ChartPalette } from './chart-style'

/** Compact money-style axis labels: 27,000 → "27k". */
export function thousands(v: number): string {
  return v === 0 ? '0' : `${formatNumber(v / 1000, 1)}k`
}

// Mean and median sit close together, so their lines are named in the legend rather than labelled in place.
function markerSeries(name: string, x: number, color: string, type: 'dashed' | 'dotted') {
  return {
    type: 'line',
    name,
    data: [],
    itemStyle: { color },
    lineStyle: { color, type, width: 2 },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color, type, width: 2 },
      data: [{ xAxis: x }],
    },
  }
}

/** Builds the chart from binned incomes and the sample's mean and median. */
export function histogramOption(
  p: ChartPalette,
  h: Histogram,
  stats: { mean: number; median: number },
): EChartsCoreOption {
  const width = h.edges[1]! - h.edges[0]!
  const data = h.counts.map((count, i) => {
    const from = h.edges[i]!
    const to = h.edges[i + 1]!
    // A bin that lies (mostly) below zero holds impossible negative incomes: colour it as a warning.
    const negative = from + to < 0
    return { value: [(from + to) / 2, count], from, to, itemStyle: { color: negative ? p.danger : p.accent } }
  })
  return {
    ...instant,
    grid: { left: 64, right: 24, top: 40, bottom: 52 },
    legend: legend(p, {
      data: [`mean ${formatNumber(stats.mean, 0)}`, `median ${formatNumber(stats.median, 0)}`],
    }),
    tooltip: tooltip(p, {
      trigger: 'item',
      formatter: (x: { data: { from: number; to: number; value: number[] } }) =>
        `${formatNumber(x.data.from, 0)} to ${formatNumber(x.data.to, 0)}: ${formatNumber(x.data.value[1]!, 0)} people`,
    }),
    xAxis: valueAxis(p, 'income', {
      min: h.edges[0]! - width / 2,
      max: h.edges[h.edges.length - 1]! + width / 2,
      splitLine: { show: false },
      // The ends sit half a bin beyond the data, at unround values: only the round ticks are labelled.
      axisLabel: {
        color: p.text,
        fontSize: 12,
        hideOverlap: true,
        showMinLabel: false,
        showMaxLabel: false,
        formatter: thousands,
      },
    }),
    yAxis: valueAxis(p, 'people', { nameGap: 44 }),
    series: [
      {
        type: 'bar',
        name: 'people',
        data,
        barWidth: '100%',
        itemStyle: { borderColor: p.surface, borderWidth: h.counts.length > 60 ? 0 : 0.5 },
      },
      markerSeries(`mean ${formatNumber(stats.mean, 0)}`, stats.mean, p.warning, 'dashed'),
      markerSeries(`median ${formatNumber(stats.median, 0)}`, stats.median, p.success, 'dotted'),
    ],
  }
}
