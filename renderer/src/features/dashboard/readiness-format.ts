// How the dashboard says numbers: percentages, score bands, dates and day counts.
import type { DomainReadiness, Readiness } from '@shared/readiness/readiness-schemas'

/** A fraction as a whole percentage: 0.734 → "73%". */
export function pct(fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}

/** A fraction band: "64–81%". */
export function bandText(b: { low: number; high: number }): string {
  return `${Math.round(b.low * 100)}–${Math.round(b.high * 100)}%`
}

/** A scaled score with thousands separators: 1000 → "1,000". */
export function score(n: number): string {
  return n.toLocaleString('en-US')
}

/** A local `YYYY-MM-DD` day as "Fri 20 Mar 2026" (read as a calendar date, never shifted by time zones). */
export function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** A local day as "20 Mar". */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
}

/** "1 day" / "3 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** The verdict in words. */
export function verdictText(r: Readiness): string {
  if (r.verdict === 'ready') return 'Ready: even the low end of your band is above the pass mark.'
  if (r.verdict === 'not-yet') return 'Not yet: even the high end of your band is below the pass mark.'
  if (r.verdict === 'borderline') return 'Borderline: the pass mark is inside your band.'
  return `Not enough data yet: answer ${plural(r.answersNeeded, 'more question')} (a quiz or a mock exam) for a first estimate.`
}

/** A domain's readiness in words, or what it still needs. */
export function domainText(d: DomainReadiness): string {
  if (d.readiness) return `${pct(d.readiness.estimate)} (${bandText(d.readiness)})`
  return `not enough data (${plural(d.answersNeeded, 'more answer')})`
}

/** The learner's IANA time zone, as the backend needs it to count local days. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
