import { describe, expect, it } from 'vitest'
import {
  firehoseCost,
  type FirehoseInput,
} from '../../../../../renderer/src/features/calculators/model/firehose-cost'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const sheet = loadSheet('data-firehose')
const GB = 2 ** 30
const KB = 1024
const MONTH_S = 2_628_000

const input = (patch: Partial<FirehoseInput>): FirehoseInput => ({
  records: 1000,
  period: 'second',
  recordSizeKb: 3,
  ...patch,
})

// Worked by hand from https://aws.amazon.com/kinesis/data-firehose/pricing/: $0.029 per GB for the first
// 500 TB, each record rounded up to 5 KB; format conversion $0.018 per GB on the same volume.
const examples = [
  {
    name: 'a 3 KB record is billed as 5 KB: 1,000 records/s',
    input: input({}),
    total: ((1000 * MONTH_S * 5 * KB) / GB) * 0.029,
    display: '$363.41',
  },
  {
    name: 'a 12 KB record is billed as 15 KB',
    input: input({ records: 100, recordSizeKb: 12 }),
    total: ((100 * MONTH_S * 15 * KB) / GB) * 0.029,
    display: '$109.02',
  },
  {
    name: 'a 5 KB record is billed as 5 KB',
    input: input({ records: 100, recordSizeKb: 5 }),
    total: ((100 * MONTH_S * 5 * KB) / GB) * 0.029,
    display: '$36.34',
  },
  {
    name: 'a 5.1 KB record is billed as 10 KB',
    input: input({ records: 100, recordSizeKb: 5.1 }),
    total: ((100 * MONTH_S * 10 * KB) / GB) * 0.029,
    display: '$72.68',
  },
  {
    name: 'vended logs are not rounded',
    input: input({ source: 'vended-logs' }),
    total: ((1000 * MONTH_S * 3 * KB) / GB) * 0.029,
    display: '$218.04',
  },
  {
    name: 'format conversion on the rounded volume',
    input: input({ formatConversion: true }),
    total: ((1000 * MONTH_S * 5 * KB) / GB) * (0.029 + 0.018),
    display: '$588.97',
  },
  {
    name: 'ten million 1 KB records a month',
    input: input({ records: 10_000_000, period: 'month', recordSizeKb: 1 }),
    total: ((1e7 * 5 * KB) / GB) * 0.029,
    display: '$1.38',
  },
  {
    name: 'a 720-hour month',
    input: input({ hoursPerMonth: 720 }),
    total: ((1000 * 2_592_000 * 5 * KB) / GB) * 0.029,
    display: '$358.43',
  },
  { name: 'no records, no charge', input: input({ records: 0 }), total: 0, display: '$0.00' },
  {
    name: '600 TB in a month crosses into the second tier',
    input: input({ records: (614_400 * GB) / (5 * KB), period: 'month', recordSizeKb: 5 }),
    total: 512_000 * 0.029 + 102_400 * 0.025,
    display: '$17,408.00',
  },
  {
    name: '3 PB in a month reaches the open-ended tier',
    input: input({ records: (3_072_000 * GB) / (5 * KB), period: 'month', recordSizeKb: 5 }),
    total: 512_000 * 0.029 + 1_536_000 * 0.025 + 1_024_000 * 0.02,
    display: '$73,728.00',
  },
  {
    name: 'dynamic partitioning on the bytes delivered, objects and JQ hours',
    input: input({ dynamicPartitioning: { objectsPerMonth: 2_000_000, jqHours: 100 } }),
    total:
      ((1000 * MONTH_S * 5 * KB) / GB) * 0.029 +
      ((1000 * MONTH_S * 3 * KB) / GB) * 0.02 +
      2000 * 0.005 +
      100 * 0.07,
    display: '$530.78',
  },
]

describe('Firehose cost: worked examples', () => {
  it.each(examples)('$name', ({ input: given, total, display }) => {
    const outcome = firehoseCost(given, sheet)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.total).toBeCloseTo(total, 6)
    expect(formatMoney(outcome.result.total)).toBe(display)
  })

  it('shows the rounding in the formula and keeps the sent and billed volumes apart', () => {
    const outcome = firehoseCost(input({}), sheet)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.billedRecordBytes).toBe(5 * KB)
    expect(outcome.result.ingestedGb).toBeCloseTo((1000 * MONTH_S * 3 * KB) / GB, 8)
    expect(outcome.result.billedGb).toBeCloseTo((1000 * MONTH_S * 5 * KB) / GB, 8)
    expect(outcome.result.lineItems[0]?.formula).toContain('5 KB (3 KB rounded up to 5 KB)')
  })

  it('flags the unconfirmed tiers once the volume leaves the first one', () => {
    const outcome = firehoseCost(
      input({ records: (614_400 * GB) / (5 * KB), period: 'month', recordSizeKb: 5 }),
      sheet,
    )
    expect(outcome.ok && outcome.result.notes.join(' ')).toContain('unconfirmed')
  })
})

describe('Firehose cost: invalid input', () => {
  it.each([
    [{ records: -5 }, 'records', 'cannot be negative'],
    [{ records: 1.5, period: 'month' as const }, 'records', 'whole number'],
    [{ recordSizeKb: 0 }, 'recordSizeKb', 'above 0'],
    [{ recordSizeKb: 2000 }, 'recordSizeKb', '1,000 KB'],
    [{ recordSizeKb: Number.NaN }, 'recordSizeKb', 'finite'],
    [{ period: 'hour' as 'second' }, 'period', 'one of'],
    [{ source: 'kafka' as 'direct-put' }, 'source', 'one of'],
    [{ records: 1e9, recordSizeKb: 1000 }, 'records', '1 EB'],
    [
      { dynamicPartitioning: { objectsPerMonth: -1, jqHours: 0 } },
      'dynamicPartitioning.objectsPerMonth',
      'cannot be negative',
    ],
  ])('%j → error on %s', (patch, field, message) => {
    const outcome = firehoseCost(input(patch), sheet)
    expect(outcome.ok).toBe(false)
    expect(outcome).not.toHaveProperty('result')
    if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
  })
})
