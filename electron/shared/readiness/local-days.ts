// Calendar days in the learner's own time zone. Activity is stored as UTC instants; a study day is the
// local date those instants fall on, so a review at 23:30 and one at 00:30 are two days, wherever the
// learner lives, including across daylight-saving changes. Pure: only the standard Intl API.

/** A local calendar date, `YYYY-MM-DD`. */
export type DayKey = string

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Tells whether a string is a time zone this runtime knows (an IANA name such as `Europe/Paris`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

function parts(at: Date, timeZone: string) {
  const p: Record<string, number> = {}
  for (const x of formatter(timeZone).formatToParts(at)) if (x.type !== 'literal') p[x.type] = Number(x.value)
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! }
}

/** The local date an instant falls on in a time zone. */
export function localDay(at: Date, timeZone: string): DayKey {
  const { y, m, d } = parts(at, timeZone)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Minutes the zone is ahead of UTC at an instant (UTC+10 → 600, UTC−7 → −420). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const { y, m, d, h, mi, s } = parts(at, timeZone)
  const asUtc = Date.UTC(y, m - 1, d, h, mi, s)
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

function dayToUtcMs(day: DayKey): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

/** The day `n` days after (or before, for negative `n`) a day. */
export function addDays(day: DayKey, n: number): DayKey {
  return new Date(dayToUtcMs(day) + n * 86_400_000).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / 86_400_000)
}

/** The instant local midnight starts a day in a zone (the first instant of that day, DST included). */
export function startOfDay(day: DayKey, timeZone: string): Date {
  const guess = dayToUtcMs(day)
  // Two passes: the offset at the first guess may differ from the offset at the answer near a DST change.
  let t = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000
  t = guess - zoneOffsetMinutes(new Date(t), timeZone) * 60_000
  // Where midnight itself does not exist (a DST jump at 00:00), the day starts at the first instant it shows.
  while (localDay(new Date(t), timeZone) !== day && t < guess + 86_400_000) t += 15 * 60_000
  return new Date(t)
}

/** The first instant after a local day ends (the next day's start). */
export function endOfDay(day: DayKey, timeZone: string): Date {
  return startOfDay(addDays(day, 1), timeZone)
}

const DAY = 86_400_000
// Day bounds by zone, found once: a day's first instant in a zone never changes while the app runs.
const startsByZone = new Map<string, Map<DayKey, number | null>>()

/** A day's first instant: the day before's plus 24 hours when that checks out, else searched; or null. */
function checkedStart(day: DayKey, before: number | null, timeZone: string): number | null {
  const previous = addDays(day, -1)
  const starts = (t: number) =>
    localDay(new Date(t), timeZone) === day && localDay(new Date(t - 1), timeZone) === previous
  if (before !== null && starts(before + DAY)) return before + DAY
  const t = startOfDay(day, timeZone).getTime()
  return starts(t) ? t : null
}

/**
 * The first instant (epoch ms) of each day from `first` to the day after `last`, so day i is the span from
 * `starts[i]` to `starts[i + 1]`: every instant in it falls on day i, as local dates only move forward. Each
 * start is checked with `localDay` (its day at that instant, the day before a millisecond earlier); null
 * when some day cannot be bounded so (a day the zone skipped).
 */
export function dayStarts(first: DayKey, last: DayKey, timeZone: string): number[] | null {
  let known = startsByZone.get(timeZone)
  if (!known) startsByZone.set(timeZone, (known = new Map()))
  const out: number[] = []
  const end = addDays(last, 1)
  let before: number | null = null
  for (let d = first; d <= end; d = addDays(d, 1)) {
    let start = known.get(d)
    if (start === undefined) known.set(d, (start = checkedStart(d, before, timeZone)))
    if (start === null) return null
    out.push(start)
    before = start
  }
  return out
}

/** The index of the span of `starts` (see `dayStarts`) holding an instant, or -1 when none does. */
export function spanIndex(starts: readonly number[], at: number): number {
  if (!(at >= starts[0]! && at < starts[starts.length - 1]!)) return -1
  let lo = 0
  let hi = starts.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (starts[mid]! <= at) lo = mid
    else hi = mid
  }
  return lo
}

/** The days from `first` to `last`, both included. */
export function dayRange(first: DayKey, last: DayKey): DayKey[] {
  const out: DayKey[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d)
  return out
}

/**
 * Streaks of study days. The current streak counts back from today, or from yesterday when today has no
 * activity yet (the streak is still alive until the day ends).
 */
export function streaks(active: ReadonlySet<DayKey>, today: DayKey): { current: number; longest: number } {
  let current = 0
  let d = active.has(today) ? today : addDays(today, -1)
  while (active.has(d)) {
    current++
    d = addDays(d, -1)
  }
  let longest = 0
  let run = 0
  let prev: DayKey | null = null
  for (const day of [...active].sort()) {
    run = prev !== null && daysBetween(prev, day) === 1 ? run + 1 : 1
    longest = Math.max(longest, run)
    prev = day
  }
  return { current, longest }
}
