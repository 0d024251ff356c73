import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  planShards,
  readKinesisInput,
  type KinesisInput,
  type KinesisStream,
  type ShardPlan,
} from './kinesis-input'
import { kinesisOnDemandCost } from './kinesis-on-demand-cost'
import {
  failed,
  guardSheet,
  InputChecker,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import { rateValue, ruleValue } from './sheet-rates'
import {
  BYTES_PER_GB,
  countText,
  formatMoney,
  formatNumber,
  formatPrice,
  toBytes,
  unitsPerRecord,
} from './units'

// Kinesis Data Streams in provisioned mode: shard-hours plus PUT payload units (each record in 25 KB chunks,
// rounded up), with extended and long-term retention and enhanced fan-out on top. On-demand modes are in
// kinesis-on-demand-cost.ts; compareKinesisModes puts them side by side.

export interface KinesisProvisionedResult extends CalcResult {
  plan: ShardPlan
  putPayloadUnits: number
  unitsPerRecord: number
}

/** Shards a stream needs and which limit binds (bytes in, records in, bytes out), without pricing it. */
export function kinesisShardsNeeded(input: KinesisInput, sheet: PriceSheet): CalcOutcome<ShardPlan> {
  return guardSheet(() => {
    const check = new InputChecker()
    const stream = readKinesisInput(check, input, sheet)
    if (!check.ok) return failed(check)
    return { ok: true, result: planShards(stream, sheet) }
  })
}

/** Monthly cost of a provisioned-mode stream sized to its traffic. */
export function kinesisProvisionedCost(
  input: KinesisInput,
  sheet: PriceSheet,
): CalcOutcome<KinesisProvisionedResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const stream = readKinesisInput(check, input, sheet)
    if (!check.ok) return failed(check)
    const plan = planShards(stream, sheet)
    const { shards } = plan
    const h = stream.hours
    const items: LineItem[] = []
    const shardRate = rateValue(sheet, 'shard-hour')
    const shardCost = shards * h * shardRate
    items.push({
      id: 'shard-hours',
      label: 'Shard-hours',
      formula: `${countText(shards, 'shard')} × ${h} h × ${formatPrice(shardRate)} = ${formatMoney(shardCost)}`,
      amount: shardCost,
    })
    const unitBytes = toBytes(ruleValue(sheet, 'put-payload-unit', 'rounding'), 'KB')
    const perRecord = unitsPerRecord(stream.recordBytes, unitBytes)
    const units = stream.recordsPerSecond * perRecord * stream.seconds
    const putRate = rateValue(sheet, 'put-payload-units-per-million')
    const putCost = (units / 1e6) * putRate
    items.push({
      id: 'put-payload-units',
      label: 'PUT payload units (25 KB each)',
      formula:
        `${formatNumber(stream.recordsPerSecond, 2)} records/s × ${countText(perRecord, 'unit')} a record × ` +
        `${formatNumber(stream.seconds)} s = ${formatNumber(units / 1e6, 4)} M units × ${formatPrice(putRate)} per M = ${formatMoney(putCost)}`,
      amount: putCost,
    })
    items.push(...retentionItems(stream, shards, sheet))
    items.push(...fanOutItems(stream, shards, sheet))
    const notes = provisionedNotes(stream, plan)
    const result = makeResult(items, notes)
    return { ok: true, result: { ...result, plan, putPayloadUnits: units, unitsPerRecord: perRecord } }
  })
}

/** Extended retention (per shard-hour up to 7 days) and long-term retention (per GB-month beyond). */
function retentionItems(stream: KinesisStream, shards: number, sheet: PriceSheet): LineItem[] {
  const items: LineItem[] = []
  const included = ruleValue(sheet, 'retention-included', 'included')
  const extendedMax = ruleValue(sheet, 'extended-retention', 'maximum')
  if (stream.retentionHours > included) {
    const rate = rateValue(sheet, 'extended-retention-shard-hour')
    const amount = shards * stream.hours * rate
    items.push({
      id: 'extended-retention',
      label: 'Extended retention (beyond 24 hours)',
      formula: `${countText(shards, 'shard')} × ${stream.hours} h × ${formatPrice(rate)} = ${formatMoney(amount)}`,
      amount,
    })
  }
  if (stream.retentionHours > extendedMax) {
    const rate = rateValue(sheet, 'long-term-retention-gb-month')
    const gb =
      (stream.recordsPerSecond * stream.recordBytes * 3600 * (stream.retentionHours - extendedMax)) /
      BYTES_PER_GB
    const amount = gb * rate
    items.push({
      id: 'long-term-retention',
      label: 'Long-term retention (beyond 7 days)',
      formula: `${formatNumber(gb, 2)} GB kept beyond 7 days (${formatNumber(stream.retentionHours - extendedMax)} h of data) × ${formatPrice(rate)} per GB-month = ${formatMoney(amount)}`,
      amount,
    })
  }
  return items
}

/** Enhanced fan-out: a charge per consumer-shard-hour and per GB each consumer reads. */
function fanOutItems(stream: KinesisStream, shards: number, sheet: PriceSheet): LineItem[] {
  const n = stream.efoConsumers
  if (n === 0) return []
  const hourRate = rateValue(sheet, 'efo-consumer-shard-hour')
  const gbRate = rateValue(sheet, 'efo-data-gb')
  const hoursCost = n * shards * stream.hours * hourRate
  const gb = (n * stream.recordsPerSecond * stream.recordBytes * stream.seconds) / BYTES_PER_GB
  const gbCost = gb * gbRate
  return [
    {
      id: 'efo-consumer-hours',
      label: 'Enhanced fan-out consumer-shard-hours',
      formula: `${countText(n, 'consumer')} × ${countText(shards, 'shard')} × ${stream.hours} h × ${formatPrice(hourRate)} = ${formatMoney(hoursCost)}`,
      amount: hoursCost,
    },
    {
      id: 'efo-data',
      label: 'Enhanced fan-out data read',
      formula: `${countText(n, 'consumer')} × ${formatNumber(gb / n, 2)} GB = ${formatNumber(gb, 2)} GB × ${formatPrice(gbRate)} = ${formatMoney(gbCost)}`,
      amount: gbCost,
    },
  ]
}

/** Notes on what binds the shard count and on limits the estimate does not price. */
function provisionedNotes(stream: KinesisStream, plan: ShardPlan): string[] {
  const names = {
    'bytes-in': 'bytes written',
    'records-in': 'records written',
    'bytes-out': 'bytes read',
    'efo-bytes-out': 'bytes read',
  }
  const notes = [`The shard count is set by ${names[plan.binding]} (${plan.binding}).`]
  if (stream.standardConsumers > 5) {
    notes.push(
      'Standard consumers share 5 GetRecords calls per second per shard; with more than 5, consider enhanced fan-out.',
    )
  }
  if (stream.recordBytes > 1024 * 1024)
    notes.push(
      'Records over 1 MiB need the stream’s maximum record size raised (possible since 28 Oct 2025).',
    )
  notes.push('Standard consumers’ reads are included in the shard-hour price. 1 MB = 1,024 KB throughout.')
  return notes
}

export interface KinesisModeComparison {
  modes: { sheetId: string; title: string; model: string; total: number; result: CalcResult }[]
  cheapestSheetId: string | null
}

/** The same stream priced under each sheet given (provisioned, on-demand, on-demand advantage), side by side. */
export function compareKinesisModes(
  input: KinesisInput,
  sheets: readonly PriceSheet[],
): CalcOutcome<KinesisModeComparison> {
  const modes: KinesisModeComparison['modes'] = []
  for (const sheet of sheets) {
    const outcome =
      sheet.model === 'provisioned' ? kinesisProvisionedCost(input, sheet) : kinesisOnDemandCost(input, sheet)
    if (!outcome.ok) return outcome
    modes.push({
      sheetId: sheet.id,
      title: sheet.title,
      model: sheet.model,
      total: outcome.result.total,
      result: outcome.result,
    })
  }
  const cheapest = modes.reduce<(typeof modes)[number] | null>(
    (best, m) => (best === null || m.total < best.total ? m : best),
    null,
  )
  return { ok: true, result: { modes, cheapestSheetId: cheapest?.sheetId ?? null } }
}

export { kinesisOnDemandCost } from './kinesis-on-demand-cost'
export type { KinesisOnDemandResult } from './kinesis-on-demand-cost'
export type { KinesisInput, ShardConstraint, ShardPlan, ShardRequirement } from './kinesis-input'
