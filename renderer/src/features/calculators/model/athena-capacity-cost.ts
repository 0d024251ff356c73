import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  failed,
  guardSheet,
  InputChecker,
  LIMITS,
  makeResult,
  type CalcOutcome,
  type CalcResult,
} from './line-item'
import { rateValue, ruleOf, ruleValue, scheduleEntryAt } from './sheet-rates'
import { formatMoney, formatNumber, formatPrice } from './units'

// Athena provisioned capacity: DPU reserved and billed per minute at a DPU-hour price, whatever the queries
// scan. The smallest reservation and its minimum billed time have changed twice since the April 2023 launch,
// so the minimums come from a dated schedule in the price sheet.

export interface AthenaCapacityInput {
  /** DPU held by each reservation. */
  dpus: number
  /** How long each reservation is held, in minutes. */
  minutesPerReservation: number
  /** How many times a month the reservation is made (1 for one that is held all month). */
  reservationsPerMonth: number
  /** The date whose minimums apply, YYYY-MM-DD. */
  date: string
}

export interface AthenaCapacityResult extends CalcResult {
  billedMinutesPerReservation: number
  dpuHours: number
  minimums: { minDpus: number; minMinutes: number; dpuStep: number }
}

const MINUTES_IN_31_DAYS = 31 * 24 * 60

/** Monthly cost of an Athena capacity reservation under the minimums in force on the given date. */
export function athenaCapacityCost(
  input: AthenaCapacityInput,
  sheet: PriceSheet,
): CalcOutcome<AthenaCapacityResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const date = check.isoDate('date', input.date, 'Date')
    const dpus = check.number('dpus', input.dpus, {
      label: 'DPU',
      integer: true,
      min: 1,
      max: LIMITS.maxCount,
    })
    const minutes = check.number('minutesPerReservation', input.minutesPerReservation, {
      label: 'Minutes per reservation',
      min: 0,
      minExclusive: true,
      max: MINUTES_IN_31_DAYS,
      maxMessage: 'One reservation cannot be held longer than a month (44,640 minutes).',
    })
    const count = check.number('reservationsPerMonth', input.reservationsPerMonth, {
      label: 'Reservations per month',
      integer: true,
      max: LIMITS.maxCount,
    })
    if (!check.ok) return failed(check)

    const entry = scheduleEntryAt(sheet, 'minimums', date)
    if (entry === undefined) {
      const first = ruleOf(sheet, 'minimums', 'schedule').entries[0]?.from ?? sheet.effectiveFrom
      return { ok: false, errors: { date: `Athena provisioned capacity was not available before ${first}.` } }
    }
    const minDpus = entry.values.minDpus ?? 0
    const minMinutes = entry.values.minMinutes ?? 0
    const dpuStep = entry.values.dpuStep ?? 1
    if (dpus < minDpus) check.fail('dpus', `On ${date} a reservation needs at least ${minDpus} DPU.`)
    else if (dpus % dpuStep !== 0) check.fail('dpus', `On ${date} DPU are reserved in steps of ${dpuStep}.`)
    if (!check.ok) return failed(check)

    const increment = ruleValue(sheet, 'billing-increment', 'rounding')
    const rounded = Math.ceil(minutes / increment) * increment
    const billedMinutes = Math.max(rounded, minMinutes)
    const dpuHours = (dpus * billedMinutes * count) / 60
    const rate = rateValue(sheet, 'dpu-hour')
    const amount = dpuHours * rate
    const minuteText =
      billedMinutes > rounded
        ? `${formatNumber(billedMinutes)} min (the minimum; ${formatNumber(minutes, 2)} min held)`
        : `${formatNumber(billedMinutes)} min`
    const formula =
      `${formatNumber(dpus)} DPU × ${minuteText} ÷ 60 × ${formatNumber(count)} reservation${count === 1 ? '' : 's'}` +
      ` = ${formatNumber(dpuHours, 4)} DPU-hours × ${formatPrice(rate)} = ${formatMoney(amount)}`
    const notes = [
      `Minimums on ${date}: ${entry.description}`,
      'Queries on reserved capacity are not billed per TB scanned; S3 and Glue requests still are.',
      'DDL queries use 4 DPU and DML queries 4 to 124 DPU; more DPU means more queries at once, not a lower price.',
    ]
    const result = makeResult([{ id: 'capacity', label: 'Reserved capacity', formula, amount }], notes)
    return {
      ok: true,
      result: {
        ...result,
        billedMinutesPerReservation: billedMinutes,
        dpuHours,
        minimums: { minDpus, minMinutes, dpuStep },
      },
    }
  })
}
