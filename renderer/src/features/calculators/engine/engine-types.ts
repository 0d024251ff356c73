import type { CalculatorId } from '@shared/content/ids'
import type { PriceService, PriceSheet } from '@shared/content/price-sheet-schema'
import type { CalcOutcome, CalcResult, FieldErrors } from '../model/line-item'
import type { DraftOf } from './draft'
import type { SheetSet } from './sheet-set'

// What the calculator page needs from each calculator, whatever it prices: the sheet its bill uses, the bill
// (or the field errors), and the same inputs priced under each of the service's models.

export interface EngineRun {
  /** The bill, or null when an input is refused. */
  result: CalcResult | null
  /** Messages by form field path (`workloads[0].queries`, `capacity.dpus`). */
  errors: FieldErrors
  /** The sheet the bill is priced with. */
  sheet: PriceSheet | undefined
}

export interface ModelTotal {
  sheetId: string
  title: string
  total: number | null
  /** Why there is no total under this model. */
  message: string | null
}

export interface CalculatorEngine<C extends CalculatorId> {
  id: C
  service: PriceService
  /** Whether the calculator counts hours in a month (and so offers the 720/730 switch). */
  usesHours: boolean
  /** The sheets the learner picks the price model from (one for calculators with one model). */
  choices(set: SheetSet): PriceSheet[]
  /** The sheet the current inputs are priced with. */
  activeSheet(draft: DraftOf<C>, set: SheetSet): PriceSheet | undefined
  /** Switches the inputs to another price model. */
  selectSheet(draft: DraftOf<C>, sheet: PriceSheet): void
  /** The bill for the inputs, or the errors that stop it. */
  run(draft: DraftOf<C>, set: SheetSet): EngineRun
  /** The same inputs priced under every model of the service, for the side-by-side comparison. */
  models(draft: DraftOf<C>, set: SheetSet): ModelTotal[]
}

/** Turns a calculator's outcome into a run, prefixing its field names to match the form. */
export function toRun(
  outcome: CalcOutcome<CalcResult> | null,
  sheet: PriceSheet | undefined,
  prefix = '',
): EngineRun {
  if (sheet === undefined || outcome === null) {
    return {
      result: null,
      errors: { sheet: 'The price sheet for this calculator is missing from the content bundle.' },
      sheet,
    }
  }
  if (outcome.ok) return { result: outcome.result, errors: {}, sheet }
  const errors = Object.fromEntries(
    Object.entries(outcome.errors).map(([field, message]) => [
      field === 'sheet' ? field : `${prefix}${field}`,
      message,
    ]),
  )
  return { result: null, errors, sheet }
}

/** A model's total for the comparison table. */
export function modelTotal(sheet: PriceSheet, run: EngineRun): ModelTotal {
  const message = run.result === null ? (Object.values(run.errors)[0] ?? 'No total.') : null
  return { sheetId: sheet.id, title: sheet.title, total: run.result?.total ?? null, message }
}
