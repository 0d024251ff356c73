import type { EChartsCoreOption } from 'echarts/core'
import type { CostVsReadersResult } from '../model/quicksight-cost'
import { formatMoney, formatNumber } from '../model/units'
import { axis, legend, moneyAxis, tooltip, type CalcPalette } from './calc-chart-style'

// QuickSight: the monthly bill as readers are added under each model, and one reader's charge as their
// sessions grow, where the classic per-session price meets its cap and the flat reader price.

/** One line per model: monthly total against the number of readers. */
export function readersOption(
  p: CalcPalette,
  chart: CostVsReadersResult,
  names: Record<string, string>,
): EChartsCoreOption {
  return {
    grid: { left: 48, right: 24, top: 40, bottom: 48, containLabel: true },
    legend: legend(p),
    tooltip: tooltip(p, {
      trigger: 'axis',
      valueFormatter: (v: number) => formatMoney(v),
    }),
    xAxis: axis(p, 'value', 'Readers', { min: 0, max: chart.readerCounts.at(-1) ?? 0 }),
    yAxis: moneyAxis(p, 'Cost a month'),
    series: chart.series.map((s, i) => ({
      type: 'line',
      name: names[s.sheetId] ?? s.title,
      data: s.totals.map((t, j) => [chart.readerCounts[j], t]),
      symbolSize: 5,
      lineStyle: { width: 2, type: i === 0 ? 'solid' : i === 1 ? 'dashed' : 'dotted' },
    })),
  }
}

/** One reader's monthly charge against their sessions: the classic price climbs to its cap, the others are flat. */
export function sessionsOption(
  p: CalcPalette,
  chart: CostVsReadersResult,
  names: Record<string, string>,
): EChartsCoreOption {
  const marks: { xAxis: number; label: { formatter: string } }[] = []
  if (chart.breakEvenSessions !== null) {
    marks.push({
      xAxis: chart.breakEvenSessions,
      label: { formatter: `break-even: ${formatNumber(chart.breakEvenSessions)} sessions` },
    })
  }
  if (chart.capReachedAtSession !== null) {
    marks.push({
      xAxis: chart.capReachedAtSession,
      label: { formatter: `cap from session ${chart.capReachedAtSession}` },
    })
  }
  return {
    grid: { left: 48, right: 24, top: 60, bottom: 48, containLabel: true },
    legend: legend(p),
    tooltip: tooltip(p, { trigger: 'axis', valueFormatter: (v: number) => formatMoney(v) }),
    xAxis: axis(p, 'value', 'Sessions a month (30 minutes each)', {
      min: 0,
      max: chart.sessions.at(-1) ?? 0,
    }),
    yAxis: moneyAxis(p, 'One reader, a month'),
    series: chart.perReaderBySessions.map((s, i) => ({
      type: 'line',
      name: names[s.sheetId] ?? s.title,
      data: s.perReader.map((v, j) => [chart.sessions[j], v]),
      symbol: 'none',
      lineStyle: { width: 2, type: i === 0 ? 'solid' : i === 1 ? 'dashed' : 'dotted' },
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: p.muted, type: 'dashed' },
              label: { color: p.text, fontSize: 11, position: 'end' },
              data: marks,
            },
          }
        : {}),
    })),
  }
}
