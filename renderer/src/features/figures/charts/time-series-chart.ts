// The time-series figure's chart: the series over its trend, and optionally its seasonal and residual parts
// in a second panel underneath.
import type { EChartsCoreOption } from 'echarts/core'
import { componentsInUnits, type TimeSeries } from '../math/time-series'
import { formatNumber } from '../format'
import { instant, legend, tooltip, valueAxis, type ChartPalette } from './chart-style'

const pairs = (t: number[], ys: number[]) => t.map((i) => [i, ys[i]!])

/** Builds the chart; with `showComponents` the grid splits into the series (top) and its components (bottom). */
export function timeSeriesOption(
  p: ChartPalette,
  ts: TimeSeries,
  showComponents: boolean,
): EChartsCoreOption {
  const last = ts.t.length - 1
  const x = (gridIndex: number, name: string) =>
    valueAxis(p, name, { gridIndex, min: 0, max: last, splitLine: { show: false }, nameGap: 28 })
  const grids = showComponents
    ? [
        { left: 64, right: 24, top: 40, height: '48%' },
        { left: 64, right: 24, top: '68%', bottom: 48 },
      ]
    : [{ left: 64, right: 24, top: 40, bottom: 48 }]
  const line = (name: string, data: number[][], color: string, extra: Record<string, unknown> = {}) => ({
    type: 'line',
    name,
    data,
    showSymbol: false,
    lineStyle: { color, width: 2 },
    itemStyle: { color },
    ...extra,
  })
  const series: Record<string, unknown>[] = [
    line('series', pairs(ts.t, ts.series), p.accent),
    line('trend', pairs(ts.t, ts.trend), p.warning, {
      lineStyle: { color: p.warning, width: 2, type: 'dashed' },
    }),
  ]
  if (showComponents) {
    const c = componentsInUnits(ts)
    series.push(
      line('seasonal effect', pairs(ts.t, c.seasonal), p.success, { xAxisIndex: 1, yAxisIndex: 1 }),
      line('noise (residual)', pairs(ts.t, c.residual), p.muted, {
        xAxisIndex: 1,
        yAxisIndex: 1,
        lineStyle: { color: p.muted, width: 1 },
      }),
    )
  }
  const yLabel = { color: p.text, fontSize: 12, formatter: (v: number) => formatNumber(v, 0) }
  return {
    ...instant,
    grid: grids,
    legend: legend(p),
    tooltip: tooltip(p, { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v, 1) }),
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    xAxis: showComponents ? [x(0, ''), x(1, 'time step')] : [x(0, 'time step')],
    yAxis: showComponents
      ? [
          valueAxis(p, 'value', { gridIndex: 0, scale: true, nameGap: 44, axisLabel: yLabel }),
          valueAxis(p, 'component', { gridIndex: 1, nameGap: 44, axisLabel: yLabel }),
        ]
      : [valueAxis(p, 'value', { scale: true, nameGap: 44, axisLabel: yLabel })],
    series,
  }
}
