import type { EChartsCoreOption } from 'echarts/core'
import type { FormatScenario } from '../model/athena-cost'
import { formatMoney, formatNumber } from '../model/units'
import { axis, moneyAxis, tooltip, legend, type CalcPalette } from './calc-chart-style'

// Athena's two charts: the same workload against the table stored five ways (the "save up to 90 %" lesson),
// and per-query cost as the workload grows against a flat capacity reservation.

/** Horizontal bars, one per storage shape, from uncompressed text down to pruned columnar. */
export function formatsOption(p: CalcPalette, scenarios: readonly FormatScenario[]): EChartsCoreOption {
  const rows = [...scenarios].reverse()
  return {
    grid: { left: 8, right: 150, top: 8, bottom: 48, containLabel: true },
    tooltip: tooltip(p, {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => formatMoney(v),
    }),
    xAxis: moneyAxis(p, 'Cost a month', { nameGap: 30 }),
    yAxis: axis(p, 'category', '', {
      data: rows.map((s) => s.label),
      axisLabel: { color: p.text, fontSize: 12, width: 230, overflow: 'break', lineHeight: 15 },
    }),
    series: [
      {
        type: 'bar',
        name: 'Cost a month',
        data: rows.map((s, i) => ({
          value: s.monthlyCost,
          itemStyle: { color: i === rows.length - 1 ? p.muted : p.accent },
        })),
        label: {
          show: true,
          position: 'right',
          color: p.text,
          fontSize: 12,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const s = rows[dataIndex]!
            return s.saving > 0
              ? `${formatMoney(s.monthlyCost)} (−${formatNumber(s.saving * 100, 1)} %)`
              : formatMoney(s.monthlyCost)
          },
        },
      },
    ],
  }
}

/** Per-query cost (a line through the origin) against the capacity bill (flat) as the queries scale. */
export function capacityOption(
  p: CalcPalette,
  data: { factors: number[]; perQuery: number[]; capacity: number },
): EChartsCoreOption {
  return {
    grid: { left: 48, right: 24, top: 36, bottom: 48, containLabel: true },
    legend: legend(p),
    tooltip: tooltip(p, { trigger: 'axis', valueFormatter: (v: number) => formatMoney(v) }),
    xAxis: axis(p, 'category', 'Workload, as a multiple of today’s queries', {
      data: data.factors.map((f) => `${formatNumber(f)}×`),
      boundaryGap: false,
    }),
    yAxis: moneyAxis(p, 'Cost a month'),
    series: [
      {
        type: 'line',
        name: 'Per query ($ per TB scanned)',
        data: data.perQuery,
        symbolSize: 6,
        color: p.accent,
      },
      {
        type: 'line',
        name: 'Provisioned capacity (flat)',
        data: data.factors.map(() => data.capacity),
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2 },
        color: p.warning,
      },
    ],
  }
}
