import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { monthlyGb, readKinesisInput, type KinesisInput, type KinesisStream } from './kinesis-input'
import {
  failed,
  guardSheet,
  InputChecker,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import { optionalRuleValue, rateValue, ruleValue } from './sheet-rates'
import {
  BYTES_PER_MB,
  billedRecordBytes,
  countText,
  formatMoney,
  formatNumber,
  formatPrice,
  toBytes,
} from './units'

// Kinesis Data Streams on-demand modes: no shards, but per-GB prices on data in and out with each record
// rounded up to 1 KB. Standard mode adds a stream-hour charge; Advantage mode drops it and halves the per-GB
// prices against an account-level commitment of 25 MiB/s in and out, which this estimate applies to the stream.

export interface KinesisOnDemandResult extends CalcResult {
  billedRecordBytes: number
  dataInGb: number
  dataOutGb: number
  efoOutGb: number
}

/** Monthly cost of a stream in an on-demand mode (Standard or Advantage, by the sheet given). */
export function kinesisOnDemandCost(
  input: KinesisInput,
  sheet: PriceSheet,
): CalcOutcome<KinesisOnDemandResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const stream = readKinesisInput(check, input, sheet)
    if (!check.ok) return failed(check)
    const items: LineItem[] = []
    const streamRate = rateValue(sheet, 'stream-hour')
    if (streamRate > 0) {
      const amount = stream.hours * streamRate
      items.push({
        id: 'stream-hours',
        label: 'Stream-hours',
        formula: `1 stream × ${stream.hours} h × ${formatPrice(streamRate)} = ${formatMoney(amount)}`,
        amount,
      })
    }
    const unit = toBytes(ruleValue(sheet, 'record-rounding', 'rounding'), 'KB')
    const billed = billedRecordBytes(stream.recordBytes, unit)
    const dataInGb = monthlyGb(stream.recordsPerSecond * billed, stream)
    const inRate = rateValue(sheet, 'data-in-gb')
    const inAmount = dataInGb * inRate
    items.push({
      id: 'data-in',
      label: 'Data in (each record rounded up to 1 KB)',
      formula:
        `${formatNumber(stream.recordsPerSecond, 2)} records/s × ${formatNumber(billed / 1024, 3)} KB × ${formatNumber(stream.seconds)} s` +
        ` = ${formatNumber(dataInGb, 2)} GB × ${formatPrice(inRate)} = ${formatMoney(inAmount)}`,
      amount: inAmount,
    })
    const dataOutGb = stream.standardConsumers * dataInGb
    const efoOutGb = stream.efoConsumers * dataInGb
    const outRate = rateValue(sheet, 'data-out-gb')
    const efoRate = rateValue(sheet, 'efo-data-out-gb')
    if (dataOutGb > 0) {
      const amount = dataOutGb * outRate
      items.push({
        id: 'data-out',
        label: 'Data out, standard consumers',
        formula: `${countText(stream.standardConsumers, 'consumer')} × ${formatNumber(dataInGb, 2)} GB × ${formatPrice(outRate)} = ${formatMoney(amount)}`,
        amount,
      })
    }
    if (efoOutGb > 0) {
      const amount = efoOutGb * efoRate
      items.push({
        id: 'efo-data-out',
        label: 'Data out, enhanced fan-out consumers',
        formula: `${countText(stream.efoConsumers, 'consumer')} × ${formatNumber(dataInGb, 2)} GB × ${formatPrice(efoRate)} = ${formatMoney(amount)}`,
        amount,
      })
    }
    items.push(...commitmentItems(sheet, stream, dataInGb, dataOutGb + efoOutGb, inRate, outRate))
    items.push(...retentionItems(sheet, stream, dataInGb))
    const notes = [
      'On-demand modes bill each record rounded up to 1 KB, in and out; there are no shards to size.',
    ]
    if (optionalRuleValue(sheet, 'minimum-ingest', 'minimum') !== undefined) {
      notes.push(
        'Advantage mode commits the whole account to 25 MiB/s in and out; this estimate charges that commitment to this one stream.',
      )
    }
    const result = makeResult(items, notes)
    return { ok: true, result: { ...result, billedRecordBytes: billed, dataInGb, dataOutGb, efoOutGb } }
  })
}

/** Top-ups to the Advantage commitment when the stream reads or writes less than 25 MiB/s. */
function commitmentItems(
  sheet: PriceSheet,
  stream: KinesisStream,
  inGb: number,
  outGb: number,
  inRate: number,
  outRate: number,
): LineItem[] {
  const items: LineItem[] = []
  const pairs = [
    {
      key: 'minimum-ingest',
      id: 'ingest-commitment',
      label: 'Ingest commitment top-up',
      actual: inGb,
      rate: inRate,
    },
    {
      key: 'minimum-retrieval',
      id: 'retrieval-commitment',
      label: 'Retrieval commitment top-up',
      actual: outGb,
      rate: outRate,
    },
  ]
  for (const { key, id, label, actual, rate } of pairs) {
    const mbPerSecond = optionalRuleValue(sheet, key, 'minimum')
    if (mbPerSecond === undefined) continue
    const minimumGb = monthlyGb(mbPerSecond * BYTES_PER_MB, stream)
    if (actual >= minimumGb) continue
    const amount = (minimumGb - actual) * rate
    items.push({
      id,
      label,
      formula:
        `(${formatNumber(mbPerSecond)} MiB/s × ${formatNumber(stream.seconds)} s = ${formatNumber(minimumGb, 2)} GB − ${formatNumber(actual, 2)} GB used)` +
        ` × ${formatPrice(rate)} = ${formatMoney(amount)}`,
      amount,
    })
  }
  return items
}

/** Retention past 24 hours, billed per GB-month of data held: extended up to 7 days, long-term beyond. */
function retentionItems(sheet: PriceSheet, stream: KinesisStream, inGbPerMonth: number): LineItem[] {
  const included = ruleValue(sheet, 'retention-included', 'included')
  const extendedMax = ruleValue(sheet, 'extended-retention', 'maximum')
  // Steady state: a month's ingest spread over the month's hours gives the GB held per hour of retention.
  const gbPerHour = inGbPerMonth / stream.hours
  const items: LineItem[] = []
  const windows = [
    {
      id: 'extended-retention',
      label: 'Extended retention (24 hours to 7 days)',
      key: 'extended-retention-gb-month',
      from: included,
      to: Math.min(stream.retentionHours, extendedMax),
    },
    {
      id: 'long-term-retention',
      label: 'Long-term retention (beyond 7 days)',
      key: 'long-term-retention-gb-month',
      from: extendedMax,
      to: stream.retentionHours,
    },
  ]
  for (const w of windows) {
    if (w.to <= w.from) continue
    const gb = gbPerHour * (w.to - w.from)
    const rate = rateValue(sheet, w.key)
    const amount = gb * rate
    items.push({
      id: w.id,
      label: w.label,
      formula: `${formatNumber(gb, 2)} GB held (${formatNumber(w.to - w.from)} h of data) × ${formatPrice(rate)} per GB-month = ${formatMoney(amount)}`,
      amount,
    })
  }
  return items
}
