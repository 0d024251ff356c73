// The activity charts: the calendar of study days and the cards coming due. Pure: unit tests call them.
import type { Activity, DueForecast } from '@shared/readiness/dashboard-schemas'
import { addDays } from '@shared/readiness/local-days'
import { alpha, axis, type Option } from './chart-options'
import { shortDay } from './readiness-format'

/** The calendar of study days over the last `weeks` weeks, darker for busier days. */
export function heatmapOption(activity: Activity, weeks = 26): Option {
  const from = addDays(activity.today, -(weeks * 7 - 1))
  const data = activity.days.filter((d) => d.day >= from).map((d) => [d.day, d.total])
  return (p) => ({
    tooltip: {
      formatter: (x: { value: [string, number] }) => `${shortDay(x.value[0])}: ${x.value[1]} study actions`,
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      pieces: [
        { min: 1, max: 19, color: alpha(p.accent, 0.3) },
        { min: 20, max: 49, color: alpha(p.accent, 0.6) },
        { min: 50, color: p.accent },
      ],
    },
    calendar: {
      range: [from, activity.today],
      top: 22,
      left: 36,
      right: 8,
      cellSize: ['auto', 18],
      splitLine: { show: false },
      itemStyle: { color: alpha(p.border, 0.35), borderColor: p.surface, borderWidth: 2 },
      yearLabel: { show: false },
      monthLabel: { color: p.muted, fontSize: 11 },
      dayLabel: { color: p.muted, fontSize: 10, firstDay: 1, nameMap: ['S', 'M', 'T', 'W', 'T', 'F', 'S'] },
    },
    series: [{ type: 'heatmap', coordinateSystem: 'calendar', data }],
  })
}

/** Cards due on each of the coming 14 days (today's bar includes the overdue ones). */
export function dueOption(due: DueForecast): Option {
  return (p) => ({
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: due.days.map((d, i) => (i === 0 ? 'Today' : shortDay(d.day))),
      ...axis(p),
      splitLine: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, ...axis(p) },
    series: [
      {
        name: 'Cards due',
        type: 'bar',
        data: due.days.map((d, i) => (i === 0 ? d.count + due.overdue : d.count)),
        itemStyle: { color: p.accent, borderRadius: [3, 3, 0, 0] },
      },
    ],
  })
}
