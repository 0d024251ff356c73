import type { EChartsCoreOption } from 'echarts/core'
import { storageClassInfo } from '../model/s3-lifecycle-input'
import { storageClasses, type S3MonthCost, type StorageClass } from '../model/s3-lifecycle-cost'
import { formatMoney } from '../model/units'
import { axis, legend, moneyAxis, tooltip, type CalcPalette } from './calc-chart-style'

// S3: the month-by-month bill stacked by storage class, with early-deletion charges as their own layer.

/** The classes a projection actually uses, in waterfall order. */
export function usedClasses(months: readonly S3MonthCost[]): StorageClass[] {
  return storageClasses.filter((c) => months.some((m) => m.byClass[c] > 0))
}

/** A stacked bar per month, one layer per class used, plus early deletion when there is any. */
export function monthsOption(p: CalcPalette, months: readonly S3MonthCost[]): EChartsCoreOption {
  const classes = usedClasses(months)
  const early = months.some((m) => m.earlyDeletion > 0)
  // One colour per class in waterfall order, from the theme's palette; red is kept for early deletion.
  const palette = [p.accent, p.series[5], p.success, p.series[4], p.warning, p.muted, p.text]
  return {
    grid: {
      left: 48,
      right: 24,
      top: 16,
      bottom: 56 + Math.ceil((classes.length + Number(early)) / 4) * 24,
      containLabel: true,
    },
    legend: legend(p, { type: 'plain', top: undefined, bottom: 0 }),
    tooltip: tooltip(p, {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => formatMoney(v),
    }),
    xAxis: axis(p, 'category', 'Month', { data: months.map((m) => `M${m.month}`) }),
    yAxis: moneyAxis(p, 'Cost in the month'),
    series: [
      ...classes.map((c) => ({
        type: 'bar',
        stack: 'month',
        name: storageClassInfo[c].label,
        color: palette[storageClasses.indexOf(c)],
        data: months.map((m) => m.byClass[c]),
      })),
      ...(early
        ? [
            {
              type: 'bar',
              stack: 'month',
              name: 'Early deletion',
              color: p.danger,
              data: months.map((m) => m.earlyDeletion),
            },
          ]
        : []),
    ],
  }
}
