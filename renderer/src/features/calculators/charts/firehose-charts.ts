import type { EChartsCoreOption } from 'echarts/core'
import { formatMoney, formatNumber } from '../model/units'
import { axis, legend, moneyAxis, tooltip, type CalcPalette } from './calc-chart-style'

// Firehose: the monthly bill against the record size, with each record rounded up to 5 KB and without.
// Below 5 KB the rounded line is flat: a 1 KB record costs what a 5 KB one does.

/** Two lines over record size, and a marker at the learner's record size. */
export function roundingOption(
  p: CalcPalette,
  data: { sizesKb: number[]; rounded: number[]; exact: number[] },
  currentKb: number | null,
): EChartsCoreOption {
  return {
    grid: { left: 48, right: 24, top: 40, bottom: 48, containLabel: true },
    legend: legend(p),
    tooltip: tooltip(p, { trigger: 'axis', valueFormatter: (v: number) => formatMoney(v) }),
    xAxis: axis(p, 'value', 'Record size (KB)', { min: 0, max: data.sizesKb.at(-1) ?? 20 }),
    yAxis: moneyAxis(p, 'Ingestion a month'),
    series: [
      {
        type: 'line',
        name: 'Billed: each record rounded up to 5 KB',
        data: data.sizesKb.map((s, i) => [s, data.rounded[i]]),
        // A step function: just past a multiple of 5 KB every record is billed one more 5 KB step.
        step: 'start',
        symbolSize: 5,
        color: p.accent,
        ...(currentKb === null
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: p.warning, type: 'dashed' },
                label: {
                  color: p.text,
                  formatter: `your records: ${formatNumber(currentKb, 2)} KB`,
                  position: 'insideEndTop',
                },
                data: [{ xAxis: currentKb }],
              },
            }),
      },
      {
        type: 'line',
        name: 'Without rounding (bytes actually sent)',
        data: data.sizesKb.map((s, i) => [s, data.exact[i]]),
        symbolSize: 5,
        lineStyle: { type: 'dashed' },
        color: p.success,
      },
    ],
  }
}
