import { firehoseCost, type FirehoseInput, type FirehoseResult } from '../model/firehose-cost'
import type { PriceSheet } from '@shared/content/price-sheet-schema'
import type { CalcOutcome } from '../model/line-item'
import type { DraftOf } from './draft'
import { modelTotal, toRun, type CalculatorEngine } from './engine-types'
import { sheetsOf, type SheetSet } from './sheet-set'

// Amazon Data Firehose: one price model, tiered ingestion with each record rounded up to 5 KB.

type FirehoseDraft = DraftOf<'data-firehose'>

const sheetOf = (set: SheetSet) => sheetsOf(set, 'data-firehose')[0]

/** The calculator's input (it checks every number, raw text included). */
export function firehoseInput(d: FirehoseDraft): FirehoseInput {
  return {
    records: d.records,
    period: d.period,
    recordSizeKb: d.recordSizeKb,
    source: d.source,
    formatConversion: d.formatConversion,
    dynamicPartitioning: d.dynamicPartitioning
      ? { objectsPerMonth: d.objectsPerMonth, jqHours: d.jqHours }
      : undefined,
    hoursPerMonth: d.hoursPerMonth,
  } as FirehoseInput
}

/** Prices the draft, naming dynamic-partitioning errors after their own form fields. */
function cost(d: FirehoseDraft, sheet: PriceSheet): CalcOutcome<FirehoseResult> {
  const outcome = firehoseCost(firehoseInput(d), sheet)
  if (outcome.ok) return outcome
  const errors = Object.fromEntries(
    Object.entries(outcome.errors).map(([field, message]) => [
      field.replace(/^dynamicPartitioning\./, ''),
      message,
    ]),
  )
  return { ok: false, errors }
}

/** Cost of the same record rate at each record size, with the 5 KB rounding and without it. */
export function firehoseRounding(
  d: FirehoseDraft,
  set: SheetSet,
  sizesKb: readonly number[] = [0.5, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20],
): {
  sizesKb: number[]
  rounded: number[]
  exact: number[]
  billedGb: number[]
  ingestedGb: number[]
} | null {
  const sheet = sheetOf(set)
  if (sheet === undefined) return null
  const base = { ...firehoseInput(d), formatConversion: false, dynamicPartitioning: undefined }
  const out = {
    sizesKb: [...sizesKb],
    rounded: [] as number[],
    exact: [] as number[],
    billedGb: [] as number[],
    ingestedGb: [] as number[],
  }
  for (const size of sizesKb) {
    const rounded = firehoseCost({ ...base, recordSizeKb: size, source: 'direct-put' }, sheet)
    const exact = firehoseCost({ ...base, recordSizeKb: size, source: 'vended-logs' }, sheet)
    if (!rounded.ok || !exact.ok) return null
    out.rounded.push(rounded.result.total)
    out.exact.push(exact.result.total)
    out.billedGb.push(rounded.result.billedGb)
    out.ingestedGb.push(rounded.result.ingestedGb)
  }
  return out
}

export const firehoseEngine: CalculatorEngine<'data-firehose'> = {
  id: 'data-firehose',
  service: 'data-firehose',
  usesHours: true,
  choices: (set) => sheetsOf(set, 'data-firehose'),
  activeSheet: (_d, set) => sheetOf(set),
  selectSheet() {},
  run(d, set) {
    const sheet = sheetOf(set)
    return toRun(sheet ? cost(d, sheet) : null, sheet)
  },
  models(d, set) {
    const sheet = sheetOf(set)
    return sheet ? [modelTotal(sheet, this.run(d, set))] : []
  },
}
