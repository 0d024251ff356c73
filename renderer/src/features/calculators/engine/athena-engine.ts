import type { PriceSheet } from '@shared/content/price-sheet-schema'
import {
  athenaCapacityCost,
  athenaPerQueryCost,
  compareFormats,
  type AthenaCapacityInput,
  type AthenaWorkload,
  type CompareFormatsInput,
  type FormatScenario,
} from '../model/athena-cost'
import type { DataUnit, HoursPerMonth } from '../model/units'
import { prefixErrors, type DraftOf } from './draft'
import { modelTotal, toRun, type CalculatorEngine, type EngineRun } from './engine-types'
import { sheetsOf, type SheetSet } from './sheet-set'

// Athena: per-query pricing of the workloads (the model the course teaches) or a provisioned-capacity
// reservation, plus the format comparison behind the "save up to 90 %" lesson.

type AthenaDraft = DraftOf<'athena'>

const sheetFor = (set: SheetSet, model: 'per-query' | 'provisioned-capacity') =>
  sheetsOf(set, 'athena').find((s) => s.model === model)

// The model functions check every value themselves; raw text in a number field comes back as a field error.
const hours = (d: AthenaDraft) => d.hoursPerMonth as HoursPerMonth

/** The per-query bill of the workloads. */
export function athenaWorkloadsRun(d: AthenaDraft, set: SheetSet): EngineRun {
  const sheet = sheetFor(set, 'per-query')
  const workloads = d.workloads.map((w) => ({
    ...w,
    label: w.label.trim() || undefined,
  })) as unknown as AthenaWorkload[]
  return toRun(sheet ? athenaPerQueryCost({ workloads, hoursPerMonth: hours(d) }, sheet) : null, sheet)
}

/** The capacity reservation's bill. */
export function athenaCapacityRun(d: AthenaDraft, set: SheetSet): EngineRun {
  const sheet = sheetFor(set, 'provisioned-capacity')
  const input = d.capacity as unknown as AthenaCapacityInput
  return toRun(sheet ? athenaCapacityCost(input, sheet) : null, sheet, 'capacity.')
}

export interface FormatComparison {
  scenarios: FormatScenario[]
  notes: string[]
  queriesPerMonth: number
}

/** The same queries against the table stored five ways, from raw text to pruned columnar (errors keyed `lake.…`). */
export function athenaFormats(
  d: AthenaDraft,
  set: SheetSet,
): { comparison: FormatComparison | null; errors: Record<string, string> } {
  const sheet = sheetFor(set, 'per-query')
  if (sheet === undefined)
    return { comparison: null, errors: { sheet: 'The Athena price sheet is missing.' } }
  const input = {
    ...d.lake,
    tableSizeUnit: d.lake.tableSizeUnit as DataUnit,
    hoursPerMonth: hours(d),
  } as unknown as CompareFormatsInput
  const outcome = compareFormats(input, sheet)
  return outcome.ok
    ? { comparison: outcome.result, errors: {} }
    : { comparison: null, errors: prefixErrors(outcome.errors, 'lake.') }
}

/** Per-query cost of the workloads scaled by each factor (0× to 3×), against the flat capacity bill. */
export function athenaScaling(
  d: AthenaDraft,
  set: SheetSet,
  factors: readonly number[] = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3],
): { factors: number[]; perQuery: number[]; capacity: number } | null {
  const capacity = athenaCapacityRun(d, set).result?.total
  if (capacity === undefined) return null
  const perQuery: number[] = []
  for (const f of factors) {
    const scaled = {
      ...d,
      workloads: d.workloads.map((w) => ({
        ...w,
        queries: typeof w.queries === 'number' ? w.queries * f : w.queries,
      })),
    }
    const total = athenaWorkloadsRun(scaled, set).result?.total
    if (total === undefined) return null
    perQuery.push(total)
  }
  return { factors: [...factors], perQuery, capacity }
}

export const athenaEngine: CalculatorEngine<'athena'> = {
  id: 'athena',
  service: 'athena',
  usesHours: true,
  choices: (set) => sheetsOf(set, 'athena'),
  activeSheet: (d, set) => sheetFor(set, d.model),
  selectSheet(d, sheet: PriceSheet) {
    if (sheet.model === 'per-query' || sheet.model === 'provisioned-capacity') d.model = sheet.model
  },
  run(d, set) {
    const workloads = athenaWorkloadsRun(d, set)
    if (d.model !== 'provisioned-capacity') return workloads
    // The workloads stay on screen for the comparison, so their problems are still shown beside them.
    const capacity = athenaCapacityRun(d, set)
    return { ...capacity, errors: { ...workloads.errors, ...capacity.errors } }
  },
  models(d, set) {
    const rows = []
    const perQuery = athenaWorkloadsRun(d, set)
    if (perQuery.sheet) rows.push(modelTotal(perQuery.sheet, perQuery))
    const capacity = athenaCapacityRun(d, set)
    if (capacity.sheet) rows.push(modelTotal(capacity.sheet, capacity))
    return rows
  },
}
