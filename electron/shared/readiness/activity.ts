// Study activity by local day (the calendar heatmap and streaks) and the cards coming due, in the learner's
// own time zone. Pure: the service passes stored instants and the zone the renderer reports.
import type { Activity, ActivityDay, DueForecast } from './dashboard-schemas'
import {
  addDays,
  dayStarts,
  endOfDay,
  localDay,
  spanIndex,
  startOfDay,
  streaks,
  type DayKey,
} from './local-days'

export interface ActivityEvent {
  kind: 'notes' | 'reviews' | 'questions'
  at: Date
}

/** Counts study events per local day and works out the streaks, as of `now`. */
export function activityByDay(events: readonly ActivityEvent[], now: Date, timeZone: string): Activity {
  const byDay = new Map<DayKey, ActivityDay>()
  for (const e of events) countOn(byDay, localDay(e.at, timeZone), e.kind, 1)
  return activityOf(byDay, now, timeZone)
}

/** Adds `n` events of a kind to a day's counts. */
export function countOn(
  byDay: Map<DayKey, ActivityDay>,
  day: DayKey,
  kind: ActivityEvent['kind'],
  n: number,
): void {
  let row = byDay.get(day)
  if (!row) {
    row = { day, notes: 0, reviews: 0, questions: 0, total: 0 }
    byDay.set(day, row)
  }
  row[kind] += n
  row.total += n
}

/** The activity from counts per local day (days without events left out), with the streaks as of `now`. */
export function activityOf(byDay: ReadonlyMap<DayKey, ActivityDay>, now: Date, timeZone: string): Activity {
  const today = localDay(now, timeZone)
  const { current, longest } = streaks(new Set(byDay.keys()), today)
  return {
    today,
    days: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
    currentStreak: current,
    longestStreak: longest,
    activeDays: byDay.size,
  }
}

/** How many cards fall due on each of the coming `days` local days, and how many are already overdue. */
export function dueForecast(dues: readonly Date[], now: Date, timeZone: string, days = 14): DueForecast {
  const today = localDay(now, timeZone)
  const start = startOfDay(today, timeZone).getTime()
  const counts = new Map<DayKey, number>()
  let overdue = 0
  const last = endOfDay(addDays(today, days - 1), timeZone).getTime()
  // The coming days' bounds, to place each card without asking the zone again (it is asked where they miss).
  const starts = dayStarts(today, addDays(today, days - 1), timeZone) ?? []
  const keys = starts.map((_s, i) => addDays(today, i))
  for (const due of dues) {
    const t = due.getTime()
    if (t < start) overdue++
    else if (t < last) {
      const i = spanIndex(starts, t)
      const day = i < 0 ? localDay(due, timeZone) : keys[i]!
      counts.set(day, (counts.get(day) ?? 0) + 1)
    }
  }
  return {
    overdue,
    days: Array.from({ length: days }, (_, i) => addDays(today, i)).map((day) => ({
      day,
      count: counts.get(day) ?? 0,
    })),
  }
}
