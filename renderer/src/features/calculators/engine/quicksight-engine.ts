import type { PriceSheet } from '@shared/content/price-sheet-schema'
import {
  costVsReaders,
  quickSightCost,
  type CostVsReadersInput,
  type CostVsReadersResult,
  type QuickSightInput,
} from '../model/quicksight-cost'
import type { DraftOf } from './draft'
import { modelTotal, toRun, type CalculatorEngine, type EngineRun } from './engine-types'
import { pickSheet, sheetsOf, type SheetSet } from './sheet-set'

// QuickSight under the classic pay-per-session model the course teaches, the 2024 model and today's Quick
// Suite prices. Fields a model or edition does not have (Pro roles before 2024, readers in Standard edition)
// are priced as zero rather than refused, since the form greys them out.

type QuickSightDraft = DraftOf<'quicksight'>

/** The calculator's input for one model: only what that edition and model can bill. */
export function quickSightInput(d: QuickSightDraft, sheet: PriceSheet): QuickSightInput {
  const enterprise = d.edition === 'enterprise'
  const pro = enterprise && sheet.model !== 'classic-2016'
  // The calculator checks every number; raw text in a field comes back as that field's error.
  return {
    edition: d.edition,
    billing: d.billing,
    authors: d.authors,
    authorPros: pro ? d.authorPros : 0,
    readerPros: pro ? d.readerPros : 0,
    readers: enterprise ? d.readers : [],
    spiceGb: d.spiceGb,
    qAndA: enterprise && d.qAndA,
  } as QuickSightInput
}

/** The bill under one sheet. */
export function quickSightRun(d: QuickSightDraft, sheet: PriceSheet | undefined): EngineRun {
  return toRun(sheet ? quickSightCost(quickSightInput(d, sheet), sheet) : null, sheet)
}

/** Monthly totals against the number of readers for each model (errors keyed by form field). */
export function quickSightReaders(
  d: QuickSightDraft,
  set: SheetSet,
): { chart: CostVsReadersResult | null; errors: Record<string, string> } {
  const input = {
    billing: d.billing,
    authors: d.authors,
    authorPros: d.authorPros,
    readerPros: d.readerPros,
    spiceGb: d.spiceGb,
    qAndA: d.qAndA,
    sessionsPerReader: d.readers[0]?.sessionsPerMonth ?? 0,
    maxReaders: d.maxReaders,
  } as CostVsReadersInput
  const outcome = costVsReaders(input, sheetsOf(set, 'quicksight'))
  return outcome.ok ? { chart: outcome.result, errors: {} } : { chart: null, errors: outcome.errors }
}

export const quickSightEngine: CalculatorEngine<'quicksight'> = {
  id: 'quicksight',
  service: 'quicksight',
  usesHours: false,
  choices: (set) => sheetsOf(set, 'quicksight'),
  activeSheet: (d, set) => pickSheet(set, 'quicksight', d.sheetId),
  selectSheet(d, sheet) {
    d.sheetId = sheet.id
  },
  run: (d, set) => quickSightRun(d, pickSheet(set, 'quicksight', d.sheetId)),
  models: (d, set) => sheetsOf(set, 'quicksight').map((sheet) => modelTotal(sheet, quickSightRun(d, sheet))),
}
