// The chart of time per question in a mock exam's result, built from the theme's palette.
import type { EChartsCoreOption } from 'echarts/core'

interface Palette {
  text: string
  muted: string
  border: string
  success: string
  danger: string
}

/** A bar per question (seconds spent), green when answered right and red when wrong. */
export function timeChartOption(
  questions: readonly { seconds: number; correct: boolean }[],
): (p: Palette) => EChartsCoreOption {
  return (p) => ({
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Math.round(Number(v))} s` },
    xAxis: {
      type: 'category',
      name: 'Question',
      nameLocation: 'middle',
      nameGap: 22,
      data: questions.map((_q, i) => String(i + 1)),
      axisLabel: { color: p.muted, interval: 4 },
      axisLine: { lineStyle: { color: p.border } },
    },
    yAxis: {
      type: 'value',
      name: 'Seconds',
      axisLabel: { color: p.muted },
      splitLine: { lineStyle: { color: p.border } },
    },
    series: [
      {
        type: 'bar',
        name: 'Time',
        data: questions.map((q) => ({
          value: Math.round(q.seconds),
          itemStyle: { color: q.correct ? p.success : p.danger },
        })),
      },
    ],
  })
}
