// The dashboard's charts as ECharts options, built from the theme's palette. Pure: unit tests call them.
import type { EChartsCoreOption } from 'echarts/core'
import { scaledScore } from '@shared/practice/scaled-score'
import type { HistoryPoint, MockPoint } from '@shared/readiness/dashboard-schemas'
import type { DomainReadiness, Readiness } from '@shared/readiness/readiness-schemas'
import { shortDay } from './readiness-format'

export interface Palette {
  text: string
  muted: string
  border: string
  surface: string
  accent: string
  success: string
  danger: string
  warning: string
}

/** A chart's option, built from the theme's palette. */
export type Option = (p: Palette) => EChartsCoreOption

/** A colour with an alpha (the palette's colours are #rrggbb). */
export function alpha(color: string, a: number): string {
  return /^#[0-9a-f]{6}$/i.test(color)
    ? `${color}${Math.round(a * 255)
        .toString(16)
        .padStart(2, '0')}`
    : color
}

/** Axis colours from the palette. */
export const axis = (p: Palette) => ({
  axisLabel: { color: p.muted },
  axisLine: { lineStyle: { color: p.border } },
  splitLine: { lineStyle: { color: p.border, opacity: 0.5 } },
})

/** The readiness gauge: the predicted score on 100–1,000, red below the pass mark, its band as an outer arc. */
export function gaugeOption(r: Readiness): Option {
  const [min, max] = r.scoreRange
  const at = (s: number) => (s - min) / (max - min)
  const s = r.predictedScore
  const arc = { type: 'gauge', min, max, center: ['50%', '58%'], startAngle: 200, endAngle: -20 }
  return (p) => ({
    series: [
      {
        ...arc,
        radius: '84%',
        splitNumber: 9,
        axisLine: {
          lineStyle: {
            width: 12,
            color: [
              [at(r.passingScore), alpha(p.danger, 0.55)],
              [1, alpha(p.success, 0.6)],
            ],
          },
        },
        axisTick: { distance: -12, length: 4, lineStyle: { color: p.surface, width: 1 } },
        splitLine: { distance: -12, length: 12, lineStyle: { color: p.surface, width: 2 } },
        axisLabel: {
          color: p.muted,
          distance: 16,
          fontSize: 10,
          formatter: (v: number) => (v % 300 === 100 ? String(v) : ''),
        },
        pointer: s ? { width: 5, length: '60%', itemStyle: { color: p.text } } : { show: false },
        anchor: s ? { show: true, size: 10, itemStyle: { color: p.text } } : { show: false },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '42%'],
          fontSize: 26,
          fontWeight: 700,
          color: p.text,
          formatter: () => (s ? String(s.estimate) : '—'),
        },
        data: [{ value: s ? s.estimate : min }],
      },
      // The band: an outer arc drawn only between its low and high ends.
      {
        ...arc,
        radius: '96%',
        axisLine: {
          lineStyle: {
            width: 6,
            color: s
              ? [
                  [at(s.low), 'transparent'],
                  [at(s.high), p.accent],
                  [1, 'transparent'],
                ]
              : [[1, 'transparent']],
          },
        },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { show: false },
        data: [],
      },
    ],
  })
}

/** A long axis name on two lines, split at the space nearest its middle. */
export function twoLines(name: string): string {
  if (name.length <= 18) return name
  const mid = name.length / 2
  let best = -1
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i
  return best === -1 ? name : `${name.slice(0, best)}\n${name.slice(best + 1)}`
}

/** One spoke per domain: readiness (once every domain has an estimate) and coverage, both 0–100%. */
export function radarOption(domains: readonly DomainReadiness[]): Option {
  const allEstimated = domains.every((d) => d.readiness)
  return (p) => ({
    legend: { bottom: 0, textStyle: { color: p.text } },
    tooltip: { trigger: 'item' },
    radar: {
      radius: '60%',
      center: ['50%', '47%'],
      indicator: domains.map((d) => ({ name: twoLines(d.name), max: 100 })),
      axisName: { color: p.text, fontSize: 12, lineHeight: 15 },
      splitLine: { lineStyle: { color: p.border } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: p.border } },
    },
    series: [
      {
        type: 'radar',
        data: [
          ...(allEstimated
            ? [
                {
                  name: 'Readiness',
                  value: domains.map((d) => Math.round(d.readiness!.estimate * 100)),
                  itemStyle: { color: p.accent },
                  areaStyle: { color: alpha(p.accent, 0.2) },
                },
              ]
            : []),
          {
            name: 'Coverage',
            value: domains.map((d) => Math.round(d.coverage.fraction * 100)),
            itemStyle: { color: p.success },
            lineStyle: { type: 'dashed' },
          },
        ],
      },
    ],
  })
}

/** Readiness over time as a predicted score, its band shaded, against the pass mark. */
export function historyOption(
  history: readonly HistoryPoint[],
  passingScore: number,
  range: readonly [number, number],
): Option {
  const toScore = (f: number | null) =>
    f === null ? null : scaledScore(f, 1, { range, passMark: passingScore })
  const days = history.map((h) => shortDay(h.day))
  const low = history.map((h) => toScore(h.low))
  const spread = history.map((h, i) => (h.high === null ? null : toScore(h.high)! - low[i]!))
  return (p) => ({
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (v === null || v === undefined ? 'no estimate' : String(v)),
    },
    xAxis: { type: 'category', data: days, boundaryGap: false, ...axis(p), splitLine: { show: false } },
    yAxis: { type: 'value', min: range[0], max: range[1], interval: 150, ...axis(p) },
    series: [
      {
        name: 'Band low',
        type: 'line',
        data: low,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        name: 'Band',
        type: 'line',
        data: spread,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: alpha(p.accent, 0.25) },
        tooltip: { show: false },
      },
      {
        name: 'Predicted score',
        type: 'line',
        data: history.map((h) => h.score),
        symbol: 'none',
        lineStyle: { color: p.accent, width: 2 },
        itemStyle: { color: p.accent },
        markLine: passLine(p, passingScore),
      },
    ],
  })
}

function passLine(p: Palette, passingScore: number) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: p.warning, type: 'dashed', width: 1.5 },
    label: { formatter: `Pass ${passingScore}`, color: p.muted, position: 'insideEndTop' },
    data: [{ yAxis: passingScore }],
  }
}

/** Each submitted mock exam's score, green when it passed, against the pass mark. */
export function mockOption(
  mocks: readonly MockPoint[],
  passingScore: number,
  range: readonly [number, number],
): Option {
  return (p) => ({
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: mocks.map((m) => shortDay(m.day)),
      ...axis(p),
      splitLine: { show: false },
    },
    yAxis: { type: 'value', min: range[0], max: range[1], interval: 150, ...axis(p) },
    series: [
      {
        name: 'Mock score',
        type: 'line',
        symbol: 'circle',
        symbolSize: 10,
        lineStyle: { color: p.muted, width: 1.5 },
        data: mocks.map((m) => ({ value: m.score, itemStyle: { color: m.passed ? p.success : p.danger } })),
        markLine: passLine(p, passingScore),
      },
    ],
  })
}
