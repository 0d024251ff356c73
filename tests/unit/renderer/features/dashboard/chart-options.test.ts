import { describe, expect, it } from 'vitest'
import { scaledScore } from '../../../../../electron/shared/practice/scaled-score'
import type { Activity, HistoryPoint } from '../../../../../electron/shared/readiness/dashboard-schemas'
import type { DomainReadiness, Readiness } from '../../../../../electron/shared/readiness/readiness-schemas'
import { dueOption, heatmapOption } from '../../../../../renderer/src/features/dashboard/activity-charts'
import {
  alpha,
  gaugeOption,
  historyOption,
  mockOption,
  radarOption,
  twoLines,
  type Palette,
} from '../../../../../renderer/src/features/dashboard/chart-options'
import {
  chunkText,
  exportFileName,
  newUploadId,
} from '../../../../../renderer/src/features/dashboard/progress-upload'
import {
  bandText,
  longDay,
  plural,
  verdictText,
} from '../../../../../renderer/src/features/dashboard/readiness-format'
import { cardsLink, firstNoteOf, quizLink } from '../../../../../renderer/src/features/dashboard/study-links'

const palette: Palette = {
  text: '#111111',
  muted: '#555555',
  border: '#cccccc',
  surface: '#ffffff',
  accent: '#0a58a8',
  success: '#17713a',
  danger: '#b42318',
  warning: '#8a5300',
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

const coverage = {
  notesRead: 0,
  notesTotal: 10,
  cardsSeen: 0,
  cardsTotal: 10,
  questionsTried: 0,
  questionsTotal: 10,
  fraction: 0.4,
}
const domain = (estimated: boolean): DomainReadiness => ({
  id: 'modeling',
  name: 'Modeling',
  weight: 0.36,
  state: estimated ? 'estimate' : 'insufficient-data',
  answersNeeded: estimated ? 0 : 3,
  answers: estimated ? 9 : 2,
  effectiveAnswers: 2,
  accuracy: 0.5,
  memory: 0.3,
  coverage,
  readiness: estimated ? { estimate: 0.7, low: 0.6, high: 0.8 } : null,
  topics: [],
})
const readiness = (withScore: boolean): Readiness => ({
  state: withScore ? 'estimate' : 'insufficient-data',
  answers: 30,
  answersNeeded: withScore ? 0 : 5,
  effectiveAnswers: 20,
  readiness: withScore ? { estimate: 0.75, low: 0.65, high: 0.85 } : null,
  predictedScore: withScore ? { estimate: 777, low: 640, high: 880 } : null,
  passChance: withScore ? 0.6 : null,
  verdict: withScore ? 'borderline' : null,
  passingScore: 750,
  scoreRange: [100, 1000],
  coverage,
  domains: [domain(true)],
  computedAt: '2025-01-01T00:00:00.000Z',
})

describe('dashboard charts', () => {
  it('draws the gauge with the pass mark as the colour change and the band as an inner arc', () => {
    const o = gaugeOption(readiness(true))(palette) as Any
    const [main, band] = o.series
    expect(main.data[0].value).toBe(777)
    expect(main.axisLine.lineStyle.color[0][0]).toBeCloseTo(650 / 900, 10)
    expect(band.axisLine.lineStyle.color.map((c: [number, string]) => c[0])).toEqual([
      540 / 900,
      780 / 900,
      1,
    ])
    expect(band.radius).not.toBe(main.radius)
    expect([100, 200, 400, 750, 1000].map((v) => main.axisLabel.formatter(v))).toEqual([
      '100',
      '',
      '400',
      '',
      '1000',
    ])
    expect(band.axisLine.lineStyle.color[1][1]).toBe(palette.accent)
    const empty = gaugeOption(readiness(false))(palette) as Any
    expect(empty.series[0].pointer.show).toBe(false)
    expect(empty.series[0].detail.formatter()).toBe('—')
  })

  it('shades the readiness band over time as a predicted score, with gaps before the first estimate', () => {
    const history: HistoryPoint[] = [
      { day: '2025-01-01', state: 'insufficient-data', estimate: null, low: null, high: null, score: null },
      { day: '2025-01-02', state: 'estimate', estimate: 0.7, low: 0.6, high: 0.8, score: 740 },
    ]
    const o = historyOption(history, 750, [100, 1000])(palette) as Any
    const [low, spread, line] = o.series
    const scale = (f: number) => scaledScore(f, 1, { range: [100, 1000], passMark: 750 })
    expect(low.data).toEqual([null, scale(0.6)])
    expect(low.data[1] + spread.data[1]).toBe(scale(0.8))
    expect(line.data).toEqual([null, 740])
    expect(line.markLine.data).toEqual([{ yAxis: 750 }])
    expect(o.xAxis.data).toEqual(['1 Jan', '2 Jan'])
  })

  it('colours mock exams by pass or fail against the 750 line', () => {
    const o = mockOption(
      [
        { id: 'm1', day: '2025-01-05', submittedAt: 'x', score: 700, passed: false, correct: 40, total: 65 },
        { id: 'm2', day: '2025-01-12', submittedAt: 'x', score: 800, passed: true, correct: 52, total: 65 },
      ],
      750,
      [100, 1000],
    )(palette) as Any
    expect(o.series[0].data.map((d: Any) => d.itemStyle.color)).toEqual([palette.danger, palette.success])
    expect(o.series[0].markLine.data).toEqual([{ yAxis: 750 }])
  })

  it('lays the study calendar over the last 26 weeks ending today, leaving older days out', () => {
    const activity: Activity = {
      today: '2025-06-30',
      days: [
        { day: '2024-01-01', notes: 1, reviews: 0, questions: 0, total: 1 },
        { day: '2025-06-29', notes: 1, reviews: 20, questions: 9, total: 30 },
      ],
      currentStreak: 1,
      longestStreak: 1,
      activeDays: 2,
    }
    const o = heatmapOption(activity)(palette) as Any
    expect(o.calendar.range).toEqual(['2024-12-31', '2025-06-30'])
    expect(o.series[0].data).toEqual([['2025-06-29', 30]])
  })

  it('adds the overdue cards to today\u2019s bar of the due forecast', () => {
    const o = dueOption({
      overdue: 4,
      days: [
        { day: '2025-01-01', count: 2 },
        { day: '2025-01-02', count: 5 },
      ],
    })(palette) as Any
    expect(o.series[0].data).toEqual([6, 5])
    expect(o.xAxis.data).toEqual(['Today', '2 Jan'])
  })

  it('shows readiness on the radar only once every domain has an estimate; coverage always', () => {
    const some = radarOption([domain(true), domain(false)])(palette) as Any
    expect(some.series[0].data.map((d: Any) => d.name)).toEqual(['Coverage'])
    const all = radarOption([domain(true), domain(true)])(palette) as Any
    expect(all.series[0].data.map((d: Any) => d.name)).toEqual(['Readiness', 'Coverage'])
    expect(all.series[0].data[0].value).toEqual([70, 70])
  })

  it('puts long domain names on two lines so the radar does not cut them off', () => {
    expect(twoLines('Modeling')).toBe('Modeling')
    expect(twoLines('Data Engineering')).toBe('Data Engineering')
    expect(twoLines('Exploratory Data Analysis')).toBe('Exploratory\nData Analysis')
    expect(twoLines('Implementation and Operations')).toBe('Implementation\nand Operations')
  })

  it('adds an alpha to palette colours only when it can', () => {
    expect(alpha('#0a58a8', 0.5)).toBe('#0a58a880')
    expect(alpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)')
  })
})

describe('dashboard helpers', () => {
  it('links a topic to its cards and a quiz, and a topic to its first unread note', () => {
    expect(cardsLink('data-engineering', 'streaming')).toBe(
      '/practice/review?topic=data-engineering%2Fstreaming',
    )
    expect(quizLink('modeling', 'evaluation')).toBe('/practice/quiz?topic=modeling%2Fevaluation')
    expect(
      firstNoteOf([
        { id: 'a', read: true },
        { id: 'b', read: false },
      ]),
    ).toBe('b')
    expect(firstNoteOf([{ id: 'a', read: true }])).toBe('a')
    expect(firstNoteOf([])).toBeNull()
  })

  it('splits an import file into pieces that join back to the same text', () => {
    const text = 'x'.repeat(450_001)
    const pieces = chunkText(text, 200_000)
    expect(pieces.map((p) => p.length)).toEqual([200_000, 200_000, 50_001])
    expect(pieces.join('')).toBe(text)
    expect(chunkText('', 10)).toEqual([''])
    expect(newUploadId(() => 0.5)).toMatch(/^[a-z0-9-]{8,64}$/)
    expect(exportFileName('2025-03-01')).toBe('mls-companion-progress-2025-03-01.json')
  })

  it('says readiness in words, and calendar dates without shifting them', () => {
    expect(verdictText(readiness(false))).toMatch(/answer 5 more questions/)
    expect(verdictText(readiness(true))).toMatch(/^Borderline/)
    expect(bandText({ low: 0.654, high: 0.81 })).toBe('65–81%')
    expect(plural(1, 'day')).toBe('1 day')
    expect(plural(1200, 'card')).toBe('1,200 cards')
    expect(longDay('2026-03-20')).toMatch(/20 Mar 2026/)
  })
})
