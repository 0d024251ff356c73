import type { EChartsCoreOption } from 'echarts/core'
import type { ModelTotal } from '../engine/engine-types'
import type { LineItem } from '../model/line-item'
import type { ShardPlan } from '../model/kinesis-cost'
import { formatMoney } from '../model/units'
import { axis, legend, moneyAxis, tooltip, type CalcPalette } from './calc-chart-style'

// Kinesis: the shards each limit calls for (the tallest bar binds), and the same stream's bill in each mode.

export const constraintNames: Record<ShardPlan['binding'], string> = {
  'bytes-in': 'Bytes in (1 MB/s per shard)',
  'records-in': 'Records in (1,000/s per shard)',
  'bytes-out': 'Bytes out, shared (2 MB/s per shard)',
  'efo-bytes-out': 'Bytes out, enhanced fan-out',
}

/** The limits in running text. */
export const constraintShort: Record<ShardPlan['binding'], string> = {
  'bytes-in': 'the bytes written',
  'records-in': 'the records written',
  'bytes-out': 'the bytes read by shared consumers',
  'efo-bytes-out': 'the bytes read by enhanced fan-out consumers',
}

/** "12 shards, set by the bytes written (the bytes read by shared consumers need as many)." */
export function bindingText(plan: ShardPlan): string {
  const ties = plan.requirements.filter((r) => r.constraint !== plan.binding && r.shards === plan.shards)
  const tie = ties.length
    ? ` (${ties.map((r) => constraintShort[r.constraint]).join(' and ')} need as many)`
    : ''
  return `${plan.shards} shard${plan.shards === 1 ? '' : 's'}, set by ${constraintShort[plan.binding]}${tie}.`
}

/** Bars of shards needed by each limit; the binding one in the accent colour. */
export function shardsOption(p: CalcPalette, plan: ShardPlan): EChartsCoreOption {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 48, containLabel: true },
    tooltip: tooltip(p, { trigger: 'axis', axisPointer: { type: 'shadow' } }),
    xAxis: axis(p, 'value', 'Shards needed', { minInterval: 1 }),
    yAxis: axis(p, 'category', '', {
      data: plan.requirements.map((r) => constraintNames[r.constraint]),
      inverse: true,
    }),
    series: [
      {
        type: 'bar',
        name: 'Shards',
        data: plan.requirements.map((r) => ({
          value: r.shards,
          itemStyle: { color: r.constraint === plan.binding ? p.accent : p.muted },
        })),
        label: { show: true, position: 'right', color: p.text, fontSize: 12 },
      },
    ],
  }
}

/** The modes side by side, each bar stacked by its line items. */
export function modesOption(
  p: CalcPalette,
  modes: readonly { name: string; items: readonly LineItem[] }[],
): EChartsCoreOption {
  const labels = [...new Set(modes.flatMap((m) => m.items.map((i) => i.label)))]
  // Every line item is a layer, so the legend wraps onto as many rows as it needs below the bars.
  const legendRows = Math.ceil(labels.length / 3)
  return {
    grid: { left: 48, right: 24, top: 16, bottom: 16 + legendRows * 24, containLabel: true },
    legend: legend(p, { type: 'plain', top: undefined, bottom: 0 }),
    tooltip: tooltip(p, {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => formatMoney(v),
    }),
    xAxis: axis(p, 'category', '', { data: modes.map((m) => m.name) }),
    yAxis: moneyAxis(p, 'Cost a month'),
    // Past the palette's six colours, the theme's greys keep every layer distinct.
    color: [...p.series, p.muted, p.text],
    series: labels.map((label) => ({
      type: 'bar',
      stack: 'bill',
      name: label,
      data: modes.map((m) => m.items.filter((i) => i.label === label).reduce((s, i) => s + i.amount, 0)),
    })),
  }
}

/** The modes' totals as rows for a table (total or the reason there is none). */
export function modeRows(rows: readonly ModelTotal[]): { sheetId: string; total: string }[] {
  return rows.map((r) => ({
    sheetId: r.sheetId,
    total: r.total === null ? (r.message ?? '—') : formatMoney(r.total),
  }))
}
