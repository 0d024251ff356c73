import { SheetLookupError } from './sheet-rates'
import {
  BYTES_PER_EB,
  DEFAULT_HOURS_PER_MONTH,
  dataUnits,
  hoursPerMonthOptions,
  toBytes,
  type DataUnit,
  type HoursPerMonth,
} from './units'

// The shapes every calculator returns, and the input checks they share. A calculator never throws on bad
// input: it returns { ok: false, errors } with one message per field, and no result at all.

/** One billed component, with the arithmetic written out so the learner can follow it. */
export interface LineItem {
  id: string
  label: string
  /** The formula with the numbers plugged in, e.g. "1,521 queries × 615 MB = … × $5.00 per TB = $4.46". */
  formula: string
  /** Full precision; round only for display. */
  amount: number
}

export interface CalcResult {
  lineItems: LineItem[]
  total: number
  notes: string[]
}

export type FieldErrors = Record<string, string>

export type CalcOutcome<R> = { ok: true; result: R } | { ok: false; errors: FieldErrors }

/** Beyond these, an input is almost certainly a unit slip, so it is refused rather than priced. */
export const LIMITS = {
  maxBytes: BYTES_PER_EB,
  maxQueries: 1e12,
  maxCount: 1e12,
} as const

/** Adds up line-item amounts at full precision. */
export function sumAmounts(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => sum + item.amount, 0)
}

/** Builds a result from line items, totalling them. */
export function makeResult(lineItems: LineItem[], notes: string[]): CalcResult {
  return { lineItems, total: sumAmounts(lineItems), notes }
}

export interface NumberRule {
  label: string
  min?: number
  /** True when the minimum itself is not allowed (e.g. a compression ratio must be above 0). */
  minExclusive?: boolean
  max?: number
  maxMessage?: string
  integer?: boolean
}

/** Collects per-field messages while reading raw form values; read `errors` once every field is checked. */
export class InputChecker {
  readonly errors: FieldErrors = {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0
  }

  /** Records an error for a field unless it already has one (the first problem is the one to fix). */
  fail(field: string, message: string): void {
    if (this.errors[field] === undefined) this.errors[field] = message
  }

  /** Reads a number; empty, non-numeric, NaN, infinite, negative, fractional or out-of-range values fail. */
  number(field: string, value: unknown, rule: NumberRule): number {
    const { label } = rule
    if (value === undefined || value === null || value === '')
      return this.failWith(field, `${label} is required.`)
    if (typeof value !== 'number') return this.failWith(field, `${label} must be a number.`)
    if (Number.isNaN(value) || !Number.isFinite(value))
      return this.failWith(field, `${label} must be a finite number.`)
    const min = rule.min ?? 0
    if (value < 0 && min >= 0) return this.failWith(field, `${label} cannot be negative.`)
    if (rule.minExclusive === true ? value <= min : value < min) {
      const bound = rule.minExclusive === true ? 'above' : 'at least'
      return this.failWith(field, `${label} must be ${bound} ${min}.`)
    }
    if (rule.integer === true && !Number.isInteger(value))
      return this.failWith(field, `${label} must be a whole number.`)
    if (rule.max !== undefined && value > rule.max) {
      return this.failWith(field, rule.maxMessage ?? `${label} cannot be more than ${rule.max}.`)
    }
    return value
  }

  /** Reads a fraction between 0 and 1; a value above 1 is usually a percentage typed by mistake. */
  fraction(field: string, value: unknown, label: string, allowZero = true): number {
    const read = this.number(field, value, { label })
    if (this.errors[field] !== undefined) return read
    if (read > 1)
      return this.failWith(field, `${label} must be a fraction between 0 and 1 (0.25 for 25 %), not ${read}.`)
    if (!allowZero && read === 0) return this.failWith(field, `${label} must be above 0.`)
    return read
  }

  /** Reads one of a fixed set of string options. */
  choice<T extends string>(field: string, value: unknown, options: readonly T[], label: string): T {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T
    this.fail(field, `${label} must be one of: ${options.join(', ')}.`)
    return options[0] as T
  }

  /** Reads a data size with its unit and returns bytes; anything beyond 1 EB is refused as absurd. */
  dataSize(field: string, value: unknown, unitField: string, unit: unknown, label: string): number {
    const chosen = this.choice(unitField, unit, dataUnits, `${label} unit`)
    const amount = this.number(field, value, { label })
    if (this.errors[field] !== undefined || this.errors[unitField] !== undefined) return 0
    const bytes = toBytes(amount, chosen)
    if (bytes > LIMITS.maxBytes) return this.failWith(field, `${label} is beyond 1 EB; check the unit.`)
    return bytes
  }

  /** Reads the month length: 730 hours (the AWS calculator's month) unless 720 (a 30-day month) is chosen. */
  hours(field: string, value: unknown): HoursPerMonth {
    if (value === undefined) return DEFAULT_HOURS_PER_MONTH
    if (value === 730 || value === 720) return value
    this.fail(field, `Hours per month must be ${hoursPerMonthOptions.join(' or ')}.`)
    return DEFAULT_HOURS_PER_MONTH
  }

  /** Reads an ISO date (YYYY-MM-DD). */
  isoDate(field: string, value: unknown, label: string): string {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
      return value
    this.fail(field, `${label} must be a date written as YYYY-MM-DD.`)
    return '1970-01-01'
  }

  private failWith(field: string, message: string): number {
    this.fail(field, message)
    return 0
  }
}

/** Runs a calculation, turning a price-sheet lookup failure into an errors object instead of a throw. */
export function guardSheet<R>(run: () => CalcOutcome<R>): CalcOutcome<R> {
  try {
    return run()
  } catch (err) {
    if (err instanceof SheetLookupError) return { ok: false, errors: { sheet: err.message } }
    throw err
  }
}

/** The failure outcome for a checker that found problems. */
export function failed<R>(checker: InputChecker): CalcOutcome<R> {
  return { ok: false, errors: { ...checker.errors } }
}

export type { DataUnit }
