import { z } from 'zod'
import { idSchema, type CalculatorId } from '../content/ids'

// What each cost calculator's form holds, as it is saved (named scenarios and the last inputs). These check the
// shape and the plain ranges; the calculators themselves check consistency (stage order, minimums, …) and say
// why, so a saved scenario can still be one that a calculator refuses.

const negative = 'cannot be negative'
/** A finite, non-negative number no larger than `max`. */
const amount = (max: number) =>
  z
    .number()
    .min(0, negative)
    .max(max, `must be at most ${max.toLocaleString('en-US')}`)
/** A whole, non-negative number no larger than `max`. */
const whole = (max: number) => amount(max).int('must be a whole number')

const dataUnitSchema = z.enum(['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'])
const hoursSchema = z.union([z.literal(730), z.literal(720)])
const queryPeriodSchema = z.enum(['day', 'month'])
const label = z.string().trim().max(60, 'must be at most 60 characters')

export const athenaInputsSchema = z.strictObject({
  model: z.enum(['per-query', 'provisioned-capacity']),
  hoursPerMonth: hoursSchema,
  workloads: z
    .array(
      z.strictObject({
        label,
        queries: amount(1e12),
        period: queryPeriodSchema,
        scanned: amount(1e18),
        scannedUnit: dataUnitSchema,
        kind: z.enum(['dml', 'ddl', 'failed', 'cancelled']),
      }),
    )
    .min(1, 'needs at least one workload')
    .max(10, 'at most 10 workloads'),
  lake: z.strictObject({
    tableSize: amount(1e18),
    tableSizeUnit: dataUnitSchema,
    textFormat: z.enum(['csv', 'json']),
    columnarFormat: z.enum(['parquet', 'orc']),
    compressionRatio: amount(1000),
    columnFraction: amount(1),
    partitionFraction: amount(1),
    queries: amount(1e12),
    period: queryPeriodSchema,
  }),
  capacity: z.strictObject({
    dpus: whole(1e12),
    minutesPerReservation: amount(44_640),
    reservationsPerMonth: whole(1e12),
    date: z.iso.date('must be a date written as YYYY-MM-DD'),
  }),
})

export const quickSightInputsSchema = z.strictObject({
  sheetId: idSchema,
  edition: z.enum(['standard', 'enterprise']),
  billing: z.enum(['annual', 'monthly']),
  authors: whole(1e12),
  authorPros: whole(1e12),
  readerPros: whole(1e12),
  readers: z
    .array(z.strictObject({ count: whole(1e12), sessionsPerMonth: whole(1488) }))
    .max(10, 'at most 10 reader groups'),
  spiceGb: amount(1024 ** 3),
  qAndA: z.boolean(),
  maxReaders: whole(1e6),
})

export const kinesisInputsSchema = z.strictObject({
  sheetId: idSchema,
  recordsPerSecond: amount(1e9),
  recordSizeKb: amount(10_240),
  partitionKeyBytes: whole(1024),
  standardConsumers: whole(1000),
  efoConsumers: whole(50),
  retentionHours: amount(8760),
  hoursPerMonth: hoursSchema,
})

export const firehoseInputsSchema = z.strictObject({
  records: amount(1e15),
  period: z.enum(['second', 'month']),
  recordSizeKb: amount(1000),
  source: z.enum(['direct-put', 'kinesis-data-streams', 'vended-logs']),
  formatConversion: z.boolean(),
  dynamicPartitioning: z.boolean(),
  objectsPerMonth: whole(1e12),
  jqHours: amount(1e6),
  hoursPerMonth: hoursSchema,
})

export const s3LifecycleInputsSchema = z.strictObject({
  size: amount(1e18),
  sizeUnit: dataUnitSchema,
  objectCount: whole(1e15),
  stages: z
    .array(
      z.strictObject({
        storageClass: z.enum([
          'standard',
          'intelligent-tiering',
          'standard-ia',
          'one-zone-ia',
          'glacier-instant',
          'glacier-flexible',
          'glacier-deep-archive',
        ]),
        fromDay: whole(36_500),
      }),
    )
    .min(1, 'needs at least one stage')
    .max(7, 'at most 7 stages'),
  expires: z.boolean(),
  expirationDay: whole(36_500),
  months: whole(120),
  hoursPerMonth: hoursSchema,
})

/** The inputs schema of each calculator. */
export const calculatorInputsSchemas = {
  athena: athenaInputsSchema,
  quicksight: quickSightInputsSchema,
  'kinesis-data-streams': kinesisInputsSchema,
  'data-firehose': firehoseInputsSchema,
  's3-lifecycle': s3LifecycleInputsSchema,
} as const satisfies Record<CalculatorId, z.ZodType>

export type InputsOf<C extends CalculatorId> = z.infer<(typeof calculatorInputsSchemas)[C]>
export type AthenaInputs = InputsOf<'athena'>
export type QuickSightInputs = InputsOf<'quicksight'>
export type KinesisInputs = InputsOf<'kinesis-data-streams'>
export type FirehoseInputs = InputsOf<'data-firehose'>
export type S3LifecycleInputs = InputsOf<'s3-lifecycle'>

/** A union over the calculators of `{ calculator, inputs, ...shape }`, so `inputs` is checked against its own calculator. */
export function perCalculator<S extends z.ZodRawShape>(shape: S) {
  const s = calculatorInputsSchemas
  return z.discriminatedUnion('calculator', [
    z.strictObject({ ...shape, calculator: z.literal('athena'), inputs: s.athena }),
    z.strictObject({ ...shape, calculator: z.literal('quicksight'), inputs: s.quicksight }),
    z.strictObject({
      ...shape,
      calculator: z.literal('kinesis-data-streams'),
      inputs: s['kinesis-data-streams'],
    }),
    z.strictObject({ ...shape, calculator: z.literal('data-firehose'), inputs: s['data-firehose'] }),
    z.strictObject({ ...shape, calculator: z.literal('s3-lifecycle'), inputs: s['s3-lifecycle'] }),
  ])
}

export const calculatorInputsSchema = perCalculator({})
/** One calculator's inputs, tagged with the calculator they belong to. */
export type CalculatorInputs = z.infer<typeof calculatorInputsSchema>
