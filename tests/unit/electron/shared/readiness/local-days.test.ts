import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityByDay, dueForecast } from '../../../../../electron/shared/readiness/activity'
import {
  addDays,
  dayStarts,
  daysBetween,
  endOfDay,
  isValidTimeZone,
  localDay,
  spanIndex,
  startOfDay,
  streaks,
  zoneOffsetMinutes,
} from '../../../../../electron/shared/readiness/local-days'

/** The UTC instant of a local wall-clock time at a fixed offset (minutes east of UTC). */
const at = (local: string, offsetMinutes: number) =>
  new Date(Date.parse(`${local}Z`) - offsetMinutes * 60_000)

describe('local days', () => {
  // Each zone with its offset: UTC+10 and UTC−7 without daylight saving, and the Etc names that mean the same.
  const zones: [string, number][] = [
    ['Australia/Brisbane', 600],
    ['Etc/GMT-10', 600],
    ['America/Phoenix', -420],
    ['Etc/GMT+7', -420],
  ]

  it.each(zones)('counts 23:30 and 00:30 the next morning as two consecutive days in %s', (zone, offset) => {
    const late = at('2025-03-10T23:30:00', offset)
    const early = at('2025-03-11T00:30:00', offset)
    expect(zoneOffsetMinutes(late, zone)).toBe(offset)
    expect(localDay(late, zone)).toBe('2025-03-10')
    expect(localDay(early, zone)).toBe('2025-03-11')
    const activity = activityByDay(
      [
        { kind: 'reviews', at: late },
        { kind: 'reviews', at: early },
      ],
      at('2025-03-11T09:00:00', offset),
      zone,
    )
    expect(activity.days.map((d) => d.day)).toEqual(['2025-03-10', '2025-03-11'])
    expect(activity.currentStreak).toBe(2)
    expect(activity.longestStreak).toBe(2)
  })

  it('puts the same two instants on different days depending on the zone', () => {
    // 13:30 and 14:30 UTC: 23:30 and 00:30 in Brisbane (two days), 06:30 and 07:30 in Phoenix (one day).
    const a = new Date('2025-03-10T13:30:00Z')
    const b = new Date('2025-03-10T14:30:00Z')
    const events = [
      { kind: 'questions' as const, at: a },
      { kind: 'questions' as const, at: b },
    ]
    expect(activityByDay(events, b, 'Australia/Brisbane').days).toHaveLength(2)
    const phoenix = activityByDay(events, b, 'America/Phoenix')
    expect(phoenix.days).toEqual([{ day: '2025-03-10', notes: 0, reviews: 0, questions: 2, total: 2 }])
    expect(phoenix.currentStreak).toBe(1)
  })

  it('keeps days right across daylight-saving changes', () => {
    const zone = 'America/Los_Angeles'
    // Spring forward on 9 March 2025: the day has 23 hours; fall back on 2 November: 25 hours.
    expect(endOfDay('2025-03-09', zone).getTime() - startOfDay('2025-03-09', zone).getTime()).toBe(
      23 * 3600_000,
    )
    expect(endOfDay('2025-11-02', zone).getTime() - startOfDay('2025-11-02', zone).getTime()).toBe(
      25 * 3600_000,
    )
    expect(startOfDay('2025-03-09', zone).toISOString()).toBe('2025-03-09T08:00:00.000Z')
    expect(startOfDay('2025-03-10', zone).toISOString()).toBe('2025-03-10T07:00:00.000Z')
    // 23:30 PST on the 8th and 00:30 on the 9th, then 23:30 PDT on the 9th and 00:30 on the 10th.
    const events = [
      '2025-03-09T07:30:00Z',
      '2025-03-09T08:30:00Z',
      '2025-03-10T06:30:00Z',
      '2025-03-10T07:30:00Z',
    ].map((t) => ({
      kind: 'reviews' as const,
      at: new Date(t),
    }))
    const activity = activityByDay(events, new Date('2025-03-10T18:00:00Z'), zone)
    expect(activity.days.map((d) => [d.day, d.total])).toEqual([
      ['2025-03-08', 1],
      ['2025-03-09', 2],
      ['2025-03-10', 1],
    ])
    expect(activity.currentStreak).toBe(3)
    // A zone whose midnight is skipped by its DST change still has a start of day.
    expect(localDay(startOfDay('2025-09-07', 'America/Santiago'), 'America/Santiago')).toBe('2025-09-07')
  })

  it('keeps a streak alive through today until the day ends, and breaks it after a missed day', () => {
    const days = new Set(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-05', '2025-01-06'])
    expect(streaks(days, '2025-01-06')).toEqual({ current: 2, longest: 3 })
    expect(streaks(days, '2025-01-07')).toEqual({ current: 2, longest: 3 })
    expect(streaks(days, '2025-01-08')).toEqual({ current: 0, longest: 3 })
    expect(streaks(new Set(), '2025-01-08')).toEqual({ current: 0, longest: 0 })
  })

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29)
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28)
    expect(isValidTimeZone('Europe/Paris')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
  })

  it('forecasts cards due per local day for 14 days, with the overdue ones apart', () => {
    const zone = 'Etc/GMT-10'
    const now = at('2025-03-10T22:00:00', 600)
    const dues = [
      at('2025-03-09T12:00:00', 600),
      at('2025-03-10T23:59:00', 600),
      at('2025-03-11T00:01:00', 600),
      at('2025-03-23T23:00:00', 600),
      at('2025-03-24T00:00:00', 600),
    ]
    const f = dueForecast(dues, now, zone)
    expect(f.overdue).toBe(1)
    expect(f.days).toHaveLength(14)
    expect(f.days[0]).toEqual({ day: '2025-03-10', count: 1 })
    expect(f.days[1]).toEqual({ day: '2025-03-11', count: 1 })
    expect(f.days[13]).toEqual({ day: '2025-03-23', count: 1 })
    expect(f.days.reduce((s, d) => s + d.count, 0)).toBe(3)
  })
})

describe('day starts', () => {
  it('bounds each day by its first instant, 23 or 25 hours long across a daylight-saving change', () => {
    const paris = dayStarts('2025-03-29', '2025-03-31', 'Europe/Paris')!
    expect(paris.map((t) => new Date(t).toISOString())).toEqual([
      '2025-03-28T23:00:00.000Z',
      '2025-03-29T23:00:00.000Z',
      '2025-03-30T22:00:00.000Z',
      '2025-03-31T22:00:00.000Z',
    ])
    const stJohns = dayStarts('2025-11-01', '2025-11-02', 'America/St_Johns')!
    expect(stJohns.map((t) => new Date(t).toISOString())).toEqual([
      '2025-11-01T02:30:00.000Z',
      '2025-11-02T02:30:00.000Z',
      '2025-11-03T03:30:00.000Z',
    ])
    expect(spanIndex(paris, Date.parse('2025-03-30T21:59:59.999Z'))).toBe(1)
    expect(spanIndex(paris, Date.parse('2025-03-30T22:00:00.000Z'))).toBe(2)
    expect(spanIndex(paris, Date.parse('2025-03-28T22:59:59.999Z'))).toBe(-1)
    expect(spanIndex(paris, Date.parse('2025-03-31T22:00:00.000Z'))).toBe(-1)
  })

  it('agrees with localDay for any instant, in zones with half- and quarter-hour offsets', () => {
    for (const zone of ['Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe']) {
      const starts = dayStarts('2024-12-25', '2026-01-05', zone)!
      // Asked again, in a different span, the same days give the same starts (they are kept per zone).
      expect(dayStarts('2025-06-01', '2025-06-03', zone)).toEqual(starts.slice(158, 162))
      fc.assert(
        fc.property(fc.integer({ min: starts[0]!, max: starts.at(-1)! - 1 }), (t) => {
          expect(addDays('2024-12-25', spanIndex(starts, t))).toBe(localDay(new Date(t), zone))
        }),
        { numRuns: 300 },
      )
      starts.forEach((t, i) => expect(t).toBe(startOfDay(addDays('2024-12-25', i), zone).getTime()))
    }
  })
})
