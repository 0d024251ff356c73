import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  failed,
  guardSheet,
  InputChecker,
  LIMITS,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import { rateValue, ruleOf, ruleValue, tieredCost } from './sheet-rates'
import {
  BYTES_PER_GB,
  billedRecordBytes,
  formatMoney,
  formatNumber,
  formatPrice,
  toBytes,
  type HoursPerMonth,
} from './units'

// Amazon Data Firehose: tiered per-GB ingestion with each record rounded up to 5 KB (a 3 KB record is billed
// as 5 KB), optional format conversion on the same rounded volume, and optional dynamic partitioning.

export const firehoseSources = ['direct-put', 'kinesis-data-streams', 'vended-logs'] as const
export type FirehoseSource = (typeof firehoseSources)[number]
export const recordPeriods = ['second', 'month'] as const
export type RecordPeriod = (typeof recordPeriods)[number]

export interface FirehoseInput {
  records: number
  period: RecordPeriod
  /** Average record size in KB, 1 KB = 1,024 bytes. */
  recordSizeKb: number
  /** Vended logs are billed without the 5 KB rounding; the default is Direct PUT. */
  source?: FirehoseSource
  formatConversion?: boolean
  dynamicPartitioning?: { objectsPerMonth: number; jqHours: number }
  hoursPerMonth?: HoursPerMonth
}

export interface FirehoseResult extends CalcResult {
  recordsPerMonth: number
  billedRecordBytes: number
  /** GB actually sent. */
  ingestedGb: number
  /** GB billed after the per-record rounding. */
  billedGb: number
}

/** Monthly Firehose cost for a record rate and size. */
export function firehoseCost(input: FirehoseInput, sheet: PriceSheet): CalcOutcome<FirehoseResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const hours = check.hours('hoursPerMonth', input.hoursPerMonth)
    const period = check.choice('period', input.period, recordPeriods, 'Period')
    const records = check.number('records', input.records, {
      label: period === 'second' ? 'Records per second' : 'Records per month',
      integer: period === 'month',
      max: period === 'second' ? 1e9 : LIMITS.maxCount * 1000,
      maxMessage: 'That many records is beyond any real delivery stream; check the number.',
    })
    const recordSizeKb = check.number('recordSizeKb', input.recordSizeKb, {
      label: 'Record size (KB)',
      min: 0,
      minExclusive: true,
      max: 1000,
      maxMessage: 'Firehose records are at most 1,000 KB.',
    })
    const source =
      input.source === undefined
        ? 'direct-put'
        : check.choice('source', input.source, firehoseSources, 'Source')
    const dp = input.dynamicPartitioning
    const objects =
      dp === undefined
        ? 0
        : check.number('dynamicPartitioning.objectsPerMonth', dp.objectsPerMonth, {
            label: 'S3 objects a month',
            integer: true,
            max: LIMITS.maxCount,
          })
    const jqHours =
      dp === undefined
        ? 0
        : check.number('dynamicPartitioning.jqHours', dp.jqHours, { label: 'JQ processing hours', max: 1e6 })
    const recordsPerMonth = period === 'second' ? records * hours * 3600 : records
    const recordBytes = toBytes(recordSizeKb, 'KB')
    if (check.ok && recordsPerMonth * recordBytes > LIMITS.maxBytes) {
      check.fail(
        'records',
        'More than 1 EB a month is beyond any real delivery stream; check the rate and the record size.',
      )
    }
    if (!check.ok) return failed(check)

    const rounded = source !== 'vended-logs'
    const unit = toBytes(ruleValue(sheet, 'record-rounding', 'rounding'), 'KB')
    const billedBytes = rounded ? billedRecordBytes(recordBytes, unit) : recordBytes
    const ingestedGb = (recordsPerMonth * recordBytes) / BYTES_PER_GB
    const billedGb = (recordsPerMonth * billedBytes) / BYTES_PER_GB
    const recordsText =
      period === 'second'
        ? `${formatNumber(records, 2)} records/s × ${formatNumber(hours * 3600)} s`
        : `${formatNumber(records)} records`
    const sizeText =
      rounded && billedBytes !== recordBytes
        ? `${formatNumber(billedBytes / 1024, 3)} KB (${formatNumber(recordSizeKb, 3)} KB rounded up to 5 KB)`
        : `${formatNumber(billedBytes / 1024, 3)} KB`
    const tiers = ruleOf(sheet, 'ingest-tiers', 'tiers').tiers
    const tiered = tieredCost(tiers, billedGb)
    const tierText = tiered.parts
      .map((p) => `${formatNumber(p.quantity, 2)} GB × ${formatPrice(p.rate)}`)
      .join(' + ')
    const items: LineItem[] = [
      {
        id: 'ingestion',
        label: rounded
          ? 'Ingestion (each record rounded up to 5 KB)'
          : 'Ingestion (vended logs: no rounding)',
        formula: `${recordsText} × ${sizeText} = ${formatNumber(billedGb, 2)} GB; ${tierText || '0 GB'} = ${formatMoney(tiered.amount)}`,
        amount: tiered.amount,
      },
    ]
    if (input.formatConversion === true) {
      const rate = rateValue(sheet, 'format-conversion-gb')
      const amount = billedGb * rate
      items.push({
        id: 'format-conversion',
        label: 'Format conversion to Parquet or ORC',
        formula: `${formatNumber(billedGb, 2)} GB × ${formatPrice(rate)} = ${formatMoney(amount)}`,
        amount,
      })
    }
    if (dp !== undefined) items.push(...partitioningItems(sheet, ingestedGb, objects, jqHours))
    const notes = [
      rounded
        ? 'The 5 KB rounding is per record, not per API call: a batch of two 1 KB records is billed as 10 KB.'
        : 'Vended-log sources are billed on the bytes ingested, without the 5 KB rounding.',
    ]
    if (tiered.parts.length > 1) notes.push('Tier prices beyond the first 500 TB a month are unconfirmed.')
    if (dp !== undefined) notes.push('Dynamic-partitioning prices are unconfirmed.')
    const result = makeResult(items, notes)
    return {
      ok: true,
      result: { ...result, recordsPerMonth, billedRecordBytes: billedBytes, ingestedGb, billedGb },
    }
  })
}

/** Dynamic partitioning: per GB delivered, per 1,000 S3 objects and per JQ processing hour. */
function partitioningItems(sheet: PriceSheet, gb: number, objects: number, jqHours: number): LineItem[] {
  const gbRate = rateValue(sheet, 'dynamic-partitioning-gb')
  const objectRate = rateValue(sheet, 'dynamic-partitioning-objects-per-1000')
  const jqRate = rateValue(sheet, 'dynamic-partitioning-jq-hour')
  return [
    {
      id: 'dp-data',
      label: 'Dynamic partitioning, data',
      formula: `${formatNumber(gb, 2)} GB × ${formatPrice(gbRate)} = ${formatMoney(gb * gbRate)}`,
      amount: gb * gbRate,
    },
    {
      id: 'dp-objects',
      label: 'Dynamic partitioning, S3 objects',
      formula: `${formatNumber(objects)} objects ÷ 1,000 × ${formatPrice(objectRate)} = ${formatMoney((objects / 1000) * objectRate)}`,
      amount: (objects / 1000) * objectRate,
    },
    {
      id: 'dp-jq',
      label: 'Dynamic partitioning, JQ processing',
      formula: `${formatNumber(jqHours, 2)} h × ${formatPrice(jqRate)} = ${formatMoney(jqHours * jqRate)}`,
      amount: jqHours * jqRate,
    },
  ]
}
