import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { LIMITS, type InputChecker } from './line-item'
import { ruleValue } from './sheet-rates'
import {
  BYTES_PER_MB,
  formatDataSize,
  formatNumber,
  perDayToPerMonth,
  toBytes,
  type HoursPerMonth,
} from './units'

// What the Athena calculators share: how one query's scan is billed, how query counts are read, and how
// both are written out in formulas.

export const queryPeriods = ['day', 'month'] as const
export type QueryPeriod = (typeof queryPeriods)[number]

/** Bytes one query is billed for: rounded up to the sheet's increment (1 MB), never below its minimum (10 MB). */
export function billedScanBytes(bytesScanned: number, sheet: PriceSheet): number {
  const increment = toBytes(ruleValue(sheet, 'scan-rounding', 'rounding'), 'MB')
  const minimum = toBytes(ruleValue(sheet, 'minimum-per-query', 'minimum'), 'MB')
  return Math.max(Math.ceil(bytesScanned / increment) * increment, minimum)
}

/** The per-query minimum in bytes (10 MB). */
export function minimumScanBytes(sheet: PriceSheet): number {
  return toBytes(ruleValue(sheet, 'minimum-per-query', 'minimum'), 'MB')
}

/** Reads a query count with its period and returns queries per month (per day × hours ÷ 24, rounded). */
export function readQueriesPerMonth(
  check: InputChecker,
  field: string,
  queries: unknown,
  period: unknown,
  hours: HoursPerMonth,
): { perMonth: number; period: QueryPeriod; count: number } {
  const chosen = check.choice(`${field}Period`, period, queryPeriods, 'Period')
  const perDayMax = (LIMITS.maxQueries * 24) / hours
  const count = check.number(field, queries, {
    label: chosen === 'day' ? 'Queries per day' : 'Queries per month',
    integer: chosen === 'month',
    max: chosen === 'day' ? perDayMax : LIMITS.maxQueries,
    maxMessage: 'More than 10^12 queries a month is beyond any real workload; check the number.',
  })
  return { perMonth: chosen === 'day' ? perDayToPerMonth(count, hours) : count, period: chosen, count }
}

/** "50 queries a day × 730 h ÷ 24 = 1,521 queries", or just "1,521 queries" for a monthly count. */
export function describeQueries(
  count: number,
  period: QueryPeriod,
  perMonth: number,
  hours: HoursPerMonth,
): string {
  const noun = perMonth === 1 ? 'query' : 'queries'
  if (period === 'month') return `${formatNumber(perMonth)} ${noun}`
  return `${formatNumber(count, 4)} queries a day × ${hours} h ÷ 24 = ${formatNumber(perMonth)} ${noun}`
}

/** "615 MB (614.4 MB rounded up to the MB)" or "10 MB (the minimum; 2 MB scanned)". */
export function describeBilledSize(scanned: number, billed: number, minimumBytes: number): string {
  if (billed === scanned) return formatDataSize(billed, 4)
  if (billed === minimumBytes && scanned < minimumBytes) {
    return `${formatDataSize(billed)} (the minimum; ${formatDataSize(scanned, 3)} scanned)`
  }
  return `${formatNumber(billed / BYTES_PER_MB)} MB (${formatNumber(scanned / BYTES_PER_MB, 3)} MB rounded up to the MB)`
}
