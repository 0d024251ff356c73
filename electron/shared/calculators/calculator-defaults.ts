import type { CalculatorId } from '../content/ids'
import type {
  AthenaInputs,
  FirehoseInputs,
  InputsOf,
  KinesisInputs,
  QuickSightInputs,
  S3LifecycleInputs,
} from './calculator-inputs'

// What each calculator opens with before the learner has typed anything: the worked examples of the notes
// that explain it, so the first numbers on screen are ones the learner can check against the text.

/** AWS's own Athena example (50 queries a day of 0.6 GB → $4.46) and a 1 TB table for the format lesson. */
function athena(today: string): AthenaInputs {
  return {
    model: 'per-query',
    hoursPerMonth: 730,
    workloads: [
      { label: 'Daily reports', queries: 50, period: 'day', scanned: 0.6, scannedUnit: 'GB', kind: 'dml' },
    ],
    lake: {
      tableSize: 1,
      tableSizeUnit: 'TB',
      textFormat: 'csv',
      columnarFormat: 'parquet',
      compressionRatio: 3,
      columnFraction: 0.3,
      partitionFraction: 0.25,
      queries: 50,
      period: 'day',
    },
    capacity: { dpus: 24, minutesPerReservation: 480, reservationsPerMonth: 22, date: today },
  }
}

/** The QuickSight note's worked example: 10 authors, 200 heavy readers, 150 GB of SPICE. */
const quicksight: QuickSightInputs = {
  sheetId: 'quicksight-classic-2016',
  edition: 'enterprise',
  billing: 'annual',
  authors: 10,
  authorPros: 0,
  readerPros: 0,
  readers: [{ count: 200, sessionsPerMonth: 20 }],
  spiceGb: 150,
  qAndA: false,
  maxReaders: 500,
}

/** The shard-sizing note's example: 4,000 records/s of 3 KB read by two standard consumers → 12 shards. */
const kinesis: KinesisInputs = {
  sheetId: 'kinesis-data-streams-provisioned',
  recordsPerSecond: 4000,
  recordSizeKb: 3,
  partitionKeyBytes: 0,
  standardConsumers: 2,
  efoConsumers: 0,
  retentionHours: 24,
  hoursPerMonth: 730,
}

/** 1,000 records/s of 3 KB: small records, so the 5 KB rounding shows. */
const firehose: FirehoseInputs = {
  records: 1000,
  period: 'second',
  recordSizeKb: 3,
  source: 'direct-put',
  formatConversion: false,
  dynamicPartitioning: false,
  objectsPerMonth: 100_000,
  jqHours: 0,
  hoursPerMonth: 730,
}

/** 10 TB in a million objects, cooled down through the classes and deleted after a year. */
const s3: S3LifecycleInputs = {
  size: 10,
  sizeUnit: 'TB',
  objectCount: 1_000_000,
  stages: [
    { storageClass: 'standard', fromDay: 0 },
    { storageClass: 'standard-ia', fromDay: 30 },
    { storageClass: 'glacier-flexible', fromDay: 90 },
    { storageClass: 'glacier-deep-archive', fromDay: 180 },
  ],
  expires: true,
  expirationDay: 365,
  months: 12,
  hoursPerMonth: 730,
}

/** A fresh copy of a calculator's starting inputs; `today` (YYYY-MM-DD) dates the Athena capacity minimums. */
export function defaultInputs<C extends CalculatorId>(calculator: C, today: string): InputsOf<C> {
  const all: { [K in CalculatorId]: InputsOf<K> } = {
    athena: athena(today),
    quicksight,
    'kinesis-data-streams': kinesis,
    'data-firehose': firehose,
    's3-lifecycle': s3,
  }
  return structuredClone(all[calculator])
}
