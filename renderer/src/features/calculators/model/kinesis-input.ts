import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { InputChecker, LIMITS } from './line-item'
import { optionalRuleValue, ruleValue } from './sheet-rates'
import {
  BYTES_PER_KB,
  BYTES_PER_MB,
  countText,
  formatNumber,
  secondsPerMonth,
  type HoursPerMonth,
} from './units'

// The stream a Kinesis calculator is asked about, read and checked once, and the shard arithmetic of
// provisioned mode: a shard takes 1 MB/s or 1,000 records/s in and gives 2 MB/s out (shared by standard
// consumers; each enhanced fan-out consumer gets its own 2 MB/s).

export interface KinesisInput {
  recordsPerSecond: number
  /** Average record (data blob) size in KB, 1 KB = 1,024 bytes. */
  recordSizeKb: number
  /** Average partition key size in bytes; it counts toward the 1 MB/s write limit. */
  partitionKeyBytes?: number
  standardConsumers: number
  efoConsumers: number
  /** Retention in hours, 24 (the default) to 8,760. */
  retentionHours?: number
  hoursPerMonth?: HoursPerMonth
}

export interface KinesisStream {
  recordsPerSecond: number
  recordBytes: number
  partitionKeyBytes: number
  standardConsumers: number
  efoConsumers: number
  retentionHours: number
  hours: HoursPerMonth
  seconds: number
}

/** Reads and checks a stream description against the limits in the sheet. */
export function readKinesisInput(check: InputChecker, input: KinesisInput, sheet: PriceSheet): KinesisStream {
  const hours = check.hours('hoursPerMonth', input.hoursPerMonth)
  const recordsPerSecond = check.number('recordsPerSecond', input.recordsPerSecond, {
    label: 'Records per second',
    max: 1e9,
    maxMessage: 'More than a billion records a second is beyond any real stream; check the number.',
  })
  const maxKb = ruleValue(sheet, 'record-size', 'maximum')
  const recordSizeKb = check.number('recordSizeKb', input.recordSizeKb, {
    label: 'Record size (KB)',
    min: 0,
    minExclusive: true,
    max: maxKb,
    maxMessage: `A record can be at most ${formatNumber(maxKb)} KB (10 MiB).`,
  })
  const partitionKeyBytes =
    input.partitionKeyBytes === undefined
      ? 0
      : check.number('partitionKeyBytes', input.partitionKeyBytes, {
          label: 'Partition key size (bytes)',
          integer: true,
          max: 1024,
        })
  const standardConsumers = check.number('standardConsumers', input.standardConsumers, {
    label: 'Standard consumers',
    integer: true,
    max: 1000,
  })
  const maxEfo = ruleValue(sheet, 'efo-consumers', 'maximum')
  const efoConsumers = check.number('efoConsumers', input.efoConsumers, {
    label: 'Enhanced fan-out consumers',
    integer: true,
    max: maxEfo,
    maxMessage: `A stream can have at most ${maxEfo} enhanced fan-out consumers in this mode.`,
  })
  const included = ruleValue(sheet, 'retention-included', 'included')
  const maxRetention = ruleValue(sheet, 'retention', 'maximum')
  const retentionHours =
    input.retentionHours === undefined
      ? included
      : check.number('retentionHours', input.retentionHours, {
          label: 'Retention (hours)',
          min: included,
          max: maxRetention,
          maxMessage: `Retention can be at most ${formatNumber(maxRetention)} hours (365 days).`,
        })
  const seconds = secondsPerMonth(hours)
  const recordBytes = recordSizeKb * BYTES_PER_KB
  if (check.ok && recordsPerSecond * recordBytes * seconds > LIMITS.maxBytes) {
    check.fail(
      'recordsPerSecond',
      'More than 1 EB a month is beyond any real stream; check the rate and the record size.',
    )
  }
  return {
    recordsPerSecond,
    recordBytes,
    partitionKeyBytes,
    standardConsumers,
    efoConsumers,
    retentionHours,
    hours,
    seconds,
  }
}

export const shardConstraints = ['bytes-in', 'records-in', 'bytes-out', 'efo-bytes-out'] as const
export type ShardConstraint = (typeof shardConstraints)[number]

export interface ShardRequirement {
  constraint: ShardConstraint
  shards: number
  formula: string
}

export interface ShardPlan {
  shards: number
  /** The requirement that sets the shard count (the first, in the order above, when several tie). */
  binding: ShardConstraint
  requirements: ShardRequirement[]
}

/** Rounds a shard count up, ignoring floating-point dust (3.0000000001 shards is 3). */
function shardsFor(need: number): number {
  return Math.ceil(need - 1e-9)
}

/** Shards a provisioned stream needs for writes (bytes, records) and reads, and which limit binds. */
export function planShards(stream: KinesisStream, sheet: PriceSheet): ShardPlan {
  const writeMb = ruleValue(sheet, 'shard-write-bytes', 'maximum')
  const writeRecords = ruleValue(sheet, 'shard-write-records', 'maximum')
  const readMb = ruleValue(sheet, 'shard-read-bytes', 'maximum')
  const efoMb = optionalRuleValue(sheet, 'efo-read-bytes', 'maximum') ?? readMb
  const { recordsPerSecond: rps, recordBytes, partitionKeyBytes: keyBytes } = stream
  const inBytes = rps * (recordBytes + keyBytes)
  const inMb = inBytes / BYTES_PER_MB
  const outMb = (rps * recordBytes) / BYTES_PER_MB
  const keyText = keyBytes > 0 ? ` + ${formatNumber(keyBytes)} B key` : ''
  const requirements: ShardRequirement[] = [
    {
      constraint: 'bytes-in',
      shards: shardsFor(inMb / writeMb),
      formula: `${formatNumber(rps, 2)} records/s × (${formatNumber(recordBytes / BYTES_PER_KB, 3)} KB${keyText}) = ${formatNumber(inMb, 3)} MB/s ÷ ${formatNumber(writeMb)} MB/s per shard`,
    },
    {
      constraint: 'records-in',
      shards: shardsFor(rps / writeRecords),
      formula: `${formatNumber(rps, 2)} records/s ÷ ${formatNumber(writeRecords)} records/s per shard`,
    },
  ]
  if (stream.standardConsumers > 0) {
    requirements.push({
      constraint: 'bytes-out',
      shards: shardsFor((stream.standardConsumers * outMb) / readMb),
      formula: `${countText(stream.standardConsumers, 'standard consumer')} × ${formatNumber(outMb, 3)} MB/s ÷ ${formatNumber(readMb)} MB/s shared per shard`,
    })
  }
  if (stream.efoConsumers > 0) {
    requirements.push({
      constraint: 'efo-bytes-out',
      shards: shardsFor(outMb / efoMb),
      formula: `${formatNumber(outMb, 3)} MB/s ÷ ${formatNumber(efoMb)} MB/s per enhanced fan-out consumer per shard`,
    })
  }
  for (const r of requirements) r.formula += ` → ${countText(r.shards, 'shard')}`
  const most = Math.max(...requirements.map((r) => r.shards))
  const binding = requirements.find((r) => r.shards === most)?.constraint ?? 'bytes-in'
  // A stream has at least one shard even when nothing is written.
  return { shards: Math.max(1, most), binding, requirements }
}

/** Monthly GB (1 GB = 2^30 bytes) for a per-second byte rate. */
export function monthlyGb(bytesPerSecond: number, stream: KinesisStream): number {
  return (bytesPerSecond * stream.seconds) / 1024 ** 3
}
