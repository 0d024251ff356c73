import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  billedScanBytes,
  describeBilledSize,
  describeQueries,
  minimumScanBytes,
  readQueriesPerMonth,
  type QueryPeriod,
} from './athena-scan'
import {
  failed,
  guardSheet,
  InputChecker,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import { rateValue } from './sheet-rates'
import {
  BYTES_PER_TB,
  formatMoney,
  formatNumber,
  formatPrice,
  type DataUnit,
  type HoursPerMonth,
} from './units'

// Athena per-query pricing: $ per TB scanned, each query rounded up to the MB with a 10 MB minimum. DDL and
// failed queries are free; cancelled queries pay for what they scanned. The data-lake model and the format
// comparison live in athena-data-lake-cost.ts, provisioned capacity in athena-capacity-cost.ts.

export const queryKinds = ['dml', 'ddl', 'failed', 'cancelled'] as const
export type QueryKind = (typeof queryKinds)[number]

export interface AthenaWorkload {
  id?: string
  label?: string
  queries: number
  period: QueryPeriod
  /** Data scanned by one query, in `scannedUnit`. */
  scanned: number
  scannedUnit: DataUnit
  /** 'dml' (the default) and 'cancelled' are billed; 'ddl' and 'failed' are free. */
  kind?: QueryKind
}

export interface AthenaPerQueryInput {
  workloads: AthenaWorkload[]
  hoursPerMonth?: HoursPerMonth
}

export interface AthenaWorkloadCost {
  id: string
  kind: QueryKind
  queriesPerMonth: number
  bytesPerQuery: number
  billedBytesPerQuery: number
  billedBytes: number
  amount: number
  minimumApplied: boolean
}

export interface AthenaPerQueryResult extends CalcResult {
  workloads: AthenaWorkloadCost[]
  billedBytes: number
}

/** Monthly Athena cost of workloads priced per TB scanned, with one line item per workload. */
export function athenaPerQueryCost(
  input: AthenaPerQueryInput,
  sheet: PriceSheet,
): CalcOutcome<AthenaPerQueryResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const hours = check.hours('hoursPerMonth', input.hoursPerMonth)
    if (!Array.isArray(input.workloads)) check.fail('workloads', 'Workloads must be a list.')
    const workloads: AthenaWorkload[] = Array.isArray(input.workloads) ? input.workloads : []
    const read = workloads.map((w, i) => {
      const field = `workloads[${i}]`
      const queries = readQueriesPerMonth(check, `${field}.queries`, w.queries, w.period, hours)
      const bytes = check.dataSize(
        `${field}.scanned`,
        w.scanned,
        `${field}.scannedUnit`,
        w.scannedUnit,
        'Data scanned per query',
      )
      const kind =
        w.kind === undefined ? 'dml' : check.choice(`${field}.kind`, w.kind, queryKinds, 'Query kind')
      return { w, i, queries, bytes, kind }
    })
    if (!check.ok) return failed(check)

    const rate = rateValue(sheet, 'scan-per-tb')
    const minimum = minimumScanBytes(sheet)
    const lineItems: LineItem[] = []
    const costs: AthenaWorkloadCost[] = []
    for (const { w, i, queries, bytes, kind } of read) {
      const id = w.id ?? `workload-${i + 1}`
      const label = w.label ?? `Workload ${i + 1}`
      const perMonth = queries.perMonth
      const queriesText = describeQueries(queries.count, queries.period, perMonth, hours)
      if (kind === 'ddl' || kind === 'failed') {
        const why = kind === 'ddl' ? 'DDL statements are not billed' : 'failed queries are not billed'
        lineItems.push({
          id,
          label: `${label} (${kind === 'ddl' ? 'DDL' : 'failed'})`,
          formula: `${queriesText}: ${why} = $0.00`,
          amount: 0,
        })
        costs.push({
          id,
          kind,
          queriesPerMonth: perMonth,
          bytesPerQuery: bytes,
          billedBytesPerQuery: 0,
          billedBytes: 0,
          amount: 0,
          minimumApplied: false,
        })
        continue
      }
      const perQuery = billedScanBytes(bytes, sheet)
      const total = perQuery * perMonth
      const amount = (total / BYTES_PER_TB) * rate
      const formula =
        `${queriesText} × ${describeBilledSize(bytes, perQuery, minimum)} = ${formatNumber(total / BYTES_PER_TB, 6)} TB` +
        ` × ${formatPrice(rate)} per TB = ${formatMoney(amount)}`
      lineItems.push({ id, label: kind === 'cancelled' ? `${label} (cancelled)` : label, formula, amount })
      const minimumApplied = bytes < minimum && perMonth > 0
      costs.push({
        id,
        kind,
        queriesPerMonth: perMonth,
        bytesPerQuery: bytes,
        billedBytesPerQuery: perQuery,
        billedBytes: total,
        amount,
        minimumApplied,
      })
    }
    const result = makeResult(lineItems, perQueryNotes(costs))
    const billedBytes = costs.reduce((sum, c) => sum + c.billedBytes, 0)
    return { ok: true, result: { ...result, workloads: costs, billedBytes } }
  })
}

/** Notes that explain the rules these particular workloads ran into. */
function perQueryNotes(costs: AthenaWorkloadCost[]): string[] {
  const notes = [
    'Each query is billed for its bytes scanned rounded up to the next MB, with a 10 MB minimum (1 TB = 1,048,576 MB).',
  ]
  const atMinimum = costs.filter((c) => c.minimumApplied).length
  if (atMinimum > 0) {
    notes.push(
      `${atMinimum} workload${atMinimum === 1 ? '' : 's'} scanned less than 10 MB a query and paid the 10 MB minimum.`,
    )
  }
  if (costs.some((c) => c.kind === 'cancelled')) {
    notes.push(
      'Cancelled queries are billed for the data they scanned before they were cancelled (the 10 MB minimum is assumed to apply).',
    )
  }
  if (costs.some((c) => c.kind === 'ddl' || c.kind === 'failed'))
    notes.push('DDL statements and failed queries are free.')
  notes.push('S3 requests, Glue Data Catalog requests and query results stored in S3 are billed separately.')
  return notes
}

export { billedScanBytes } from './athena-scan'
export { athenaDataLakeCost, compareFormats, tableFormats } from './athena-data-lake-cost'
export type {
  AthenaDataLakeInput,
  AthenaDataLakeResult,
  CompareFormatsInput,
  FormatScenario,
  TableFormat,
} from './athena-data-lake-cost'
export { athenaCapacityCost } from './athena-capacity-cost'
export type { AthenaCapacityInput, AthenaCapacityResult } from './athena-capacity-cost'
