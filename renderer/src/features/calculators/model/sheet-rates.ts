import type {
  PriceSheet,
  Rule,
  ScheduleEntry,
  Tier,
} from '../../../../../electron/shared/content/price-sheet-schema'

// Reading rates and rules out of a price sheet. A missing key is a content error, not bad input: it throws
// SheetLookupError, which the calculators turn into an errors object instead of letting it escape.

export class SheetLookupError extends Error {
  constructor(
    readonly sheetId: string,
    readonly key: string,
    message: string,
  ) {
    super(message)
    this.name = 'SheetLookupError'
  }
}

/** The value of a named rate; throws SheetLookupError when the sheet lacks it. */
export function rateValue(sheet: PriceSheet, key: string): number {
  const rate = sheet.rates[key]
  if (rate === undefined)
    throw new SheetLookupError(sheet.id, key, `Price sheet ${sheet.id} has no rate "${key}".`)
  return rate.value
}

/** A named rule of the expected kind; throws SheetLookupError when it is missing or of another kind. */
export function ruleOf<K extends Rule['kind']>(
  sheet: PriceSheet,
  key: string,
  kind: K,
): Extract<Rule, { kind: K }> {
  const rule = sheet.rules[key]
  if (rule === undefined || rule.kind !== kind) {
    throw new SheetLookupError(sheet.id, key, `Price sheet ${sheet.id} has no ${kind} rule "${key}".`)
  }
  return rule as Extract<Rule, { kind: K }>
}

/** The number a single-value rule holds (a minimum, cap, increment, included amount or overhead). */
export function ruleValue(
  sheet: PriceSheet,
  key: string,
  kind: 'minimum' | 'maximum' | 'rounding' | 'included' | 'overhead',
): number {
  return ruleOf(sheet, key, kind).value
}

/** A single-value rule's number, or undefined when the sheet has no such rule (optional rules). */
export function optionalRuleValue(
  sheet: PriceSheet,
  key: string,
  kind: 'minimum' | 'maximum' | 'rounding' | 'included' | 'overhead',
): number | undefined {
  const rule = sheet.rules[key]
  return rule !== undefined && rule.kind === kind ? rule.value : undefined
}

/** The schedule entry in force on an ISO date (from inclusive, to exclusive), or undefined before the first. */
export function scheduleEntryAt(sheet: PriceSheet, key: string, isoDate: string): ScheduleEntry | undefined {
  const rule = ruleOf(sheet, key, 'schedule')
  return rule.entries.find((entry) => entry.from <= isoDate && (entry.to === undefined || isoDate < entry.to))
}

export interface TierPart {
  quantity: number
  rate: number
  amount: number
}

/** Prices a quantity through graduated tiers: each tier's price applies only to the part inside that tier. */
export function tieredCost(tiers: readonly Tier[], quantity: number): { amount: number; parts: TierPart[] } {
  const parts: TierPart[] = []
  let lower = 0
  for (const tier of tiers) {
    if (quantity <= lower) break
    const upper = tier.upTo ?? Number.POSITIVE_INFINITY
    const inTier = Math.min(quantity, upper) - lower
    parts.push({ quantity: inTier, rate: tier.value, amount: inTier * tier.value })
    lower = upper
  }
  return { amount: parts.reduce((sum, part) => sum + part.amount, 0), parts }
}

export type OverrideOutcome = { ok: true; sheet: PriceSheet } | { ok: false; errors: Record<string, string> }

/** Merges a learner's rate overrides onto a sheet; unknown keys and invalid values come back as field errors. */
export function applyOverrides(
  sheet: PriceSheet,
  overrides: Readonly<Record<string, unknown>>,
): OverrideOutcome {
  const errors: Record<string, string> = {}
  const rates = { ...sheet.rates }
  for (const [key, value] of Object.entries(overrides)) {
    const field = `overrides.${key}`
    const rate = rates[key]
    if (rate === undefined) errors[field] = `There is no rate "${key}" on this price sheet.`
    else if (typeof value !== 'number') errors[field] = `${rate.description}: the price must be a number.`
    else if (!Number.isFinite(value))
      errors[field] = `${rate.description}: the price must be a finite number.`
    else if (value < 0) errors[field] = `${rate.description}: the price cannot be negative.`
    else rates[key] = { ...rate, value }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, sheet: { ...sheet, rates } }
}
