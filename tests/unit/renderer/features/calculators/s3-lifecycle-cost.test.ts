import { describe, expect, it } from 'vitest'
import {
  s3LifecycleCost,
  type S3LifecycleInput,
} from '../../../../../renderer/src/features/calculators/model/s3-lifecycle-cost'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const sheet = loadSheet('s3-storage-classes')
const D = 730 / 24
const GB = 2 ** 30
const KB = 1024
const GLACIER_GB = 1000 + (1000 * 32 * KB) / GB
const META_GB = (1000 * 8 * KB) / GB

const dataset = (patch: Partial<S3LifecycleInput>): S3LifecycleInput => ({
  size: 1000,
  sizeUnit: 'GB',
  objectCount: 1000,
  stages: [{ storageClass: 'standard', fromDay: 0 }],
  ...patch,
})

// Worked by hand from https://aws.amazon.com/s3/pricing/ with 730-hour (30.42-day) months.
const examples = [
  {
    name: 'S3 Standard for a year: 12,000 GB-months × $0.023',
    input: dataset({}),
    total: 12 * 1000 * 0.023,
    display: '$276.00',
  },
  {
    name: 'Standard → Standard-IA at 30 days → Glacier Flexible at 180 days',
    input: dataset({
      stages: [
        { storageClass: 'standard', fromDay: 0 },
        { storageClass: 'standard-ia', fromDay: 30 },
        { storageClass: 'glacier-flexible', fromDay: 180 },
      ],
    }),
    total:
      ((1000 * 30) / D) * 0.023 +
      ((1000 * 150) / D) * 0.0125 +
      ((GLACIER_GB * 185) / D) * 0.0036 +
      ((META_GB * 185) / D) * 0.023,
    display: '$106.23',
  },
  {
    name: 'an object deleted from Standard-IA after 10 days pays for 30',
    input: dataset({ stages: [{ storageClass: 'standard-ia', fromDay: 0 }], expirationDay: 10 }),
    total: ((1000 * 30) / D) * 0.0125,
    display: '$12.33',
  },
  {
    name: 'a million 10 KB objects in Standard-IA are billed as 128 KB each',
    input: dataset({
      size: 10_000_000,
      sizeUnit: 'KB',
      objectCount: 1_000_000,
      stages: [{ storageClass: 'standard-ia', fromDay: 0 }],
    }),
    total: ((1_000_000 * 128 * KB) / GB) * 12 * 0.0125,
    display: '$18.31',
  },
  {
    name: 'Deep Archive expired at 90 days pays its 180-day minimum',
    input: dataset({ stages: [{ storageClass: 'glacier-deep-archive', fromDay: 0 }], expirationDay: 90 }),
    total: ((GLACIER_GB * 180) / D) * 0.00099 + ((META_GB * 90) / D) * 0.023,
    display: '$5.86',
  },
  {
    name: 'Intelligent-Tiering with no reads: 30 days Frequent, 60 Infrequent, then Archive Instant, plus monitoring',
    input: dataset({ stages: [{ storageClass: 'intelligent-tiering', fromDay: 0 }] }),
    total:
      ((1000 * 30) / D) * 0.023 +
      ((1000 * 60) / D) * 0.0125 +
      ((1000 * (365 - 90)) / D) * 0.004 +
      12 * 0.0025,
    display: '$83.54',
  },
  {
    name: 'Intelligent-Tiering leaves objects under 128 KB in Frequent Access with no monitoring fee',
    input: dataset({
      size: 10,
      objectCount: 1_000_000,
      stages: [{ storageClass: 'intelligent-tiering', fromDay: 0 }],
    }),
    total: 10 * 12 * 0.023,
    display: '$2.76',
  },
  {
    name: 'moving from Standard-IA to Glacier at day 40 pays 20 more days of Standard-IA',
    input: dataset({
      stages: [
        { storageClass: 'standard', fromDay: 0 },
        { storageClass: 'standard-ia', fromDay: 30 },
        { storageClass: 'glacier-flexible', fromDay: 40 },
      ],
    }),
    total:
      ((1000 * 30) / D) * 0.023 +
      ((1000 * 30) / D) * 0.0125 +
      ((GLACIER_GB * 325) / D) * 0.0036 +
      ((META_GB * 325) / D) * 0.023,
    display: '$73.48',
  },
  {
    name: '100 TB in S3 Standard for a month uses the first two tiers',
    input: dataset({ size: 100, sizeUnit: 'TB', months: 1 }),
    total: 51_200 * 0.023 + 51_200 * 0.022,
    display: '$2,304.00',
  },
  {
    name: 'a 720-hour month changes nothing for data kept whole months',
    input: dataset({ hoursPerMonth: 720 }),
    total: 276,
    display: '$276.00',
  },
  {
    name: 'expiring at the end of the year has no early-deletion charge',
    input: dataset({ stages: [{ storageClass: 'glacier-instant', fromDay: 0 }], expirationDay: 365 }),
    total: 12 * 1000 * 0.004,
    display: '$48.00',
  },
  {
    name: 'an empty dataset costs nothing',
    input: dataset({ size: 0, objectCount: 0 }),
    total: 0,
    display: '$0.00',
  },
]

describe('S3 lifecycle cost: worked examples', () => {
  it.each(examples)('$name', ({ input, total, display }) => {
    const outcome = s3LifecycleCost(input, sheet)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.total).toBeCloseTo(total, 8)
    expect(formatMoney(outcome.result.total)).toBe(display)
    const byMonths = outcome.result.months.reduce((sum, m) => sum + m.total, 0)
    expect(byMonths).toBeCloseTo(outcome.result.total, 8)
  })

  it('gives a month-by-month stack by class for the chart', () => {
    const outcome = s3LifecycleCost(
      dataset({
        stages: [
          { storageClass: 'standard', fromDay: 0 },
          { storageClass: 'standard-ia', fromDay: 30 },
        ],
      }),
      sheet,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const [first, second] = outcome.result.months
    expect(outcome.result.months).toHaveLength(12)
    expect(first?.byClass.standard).toBeCloseTo(((1000 * 30) / D) * 0.023, 8)
    expect(first?.byClass['standard-ia']).toBeCloseTo(((1000 * (D - 30)) / D) * 0.0125, 8)
    expect(second?.byClass.standard).toBe(0)
    expect(second?.byClass['standard-ia']).toBeCloseTo(12.5, 8)
    expect(outcome.result.monthlyAverage).toBeCloseTo(outcome.result.total / 12, 10)
  })

  it('puts the early-deletion charge in the month the data leaves, with its arithmetic', () => {
    const outcome = s3LifecycleCost(
      dataset({ stages: [{ storageClass: 'standard-ia', fromDay: 0 }], expirationDay: 10 }),
      sheet,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.months[0]?.earlyDeletion).toBeCloseTo(((1000 * 20) / D) * 0.0125, 8)
    const line = outcome.result.lineItems.find((l) => l.id.startsWith('early-deletion'))
    expect(line?.label).toContain('deleted on day 10')
    expect(line?.formula).toContain('20 of the 30 minimum days left')
  })

  it('shows the 128 KB minimum in the Standard-IA formula', () => {
    const outcome = s3LifecycleCost(
      dataset({
        size: 10_000_000,
        sizeUnit: 'KB',
        objectCount: 1_000_000,
        stages: [{ storageClass: 'standard-ia', fromDay: 0 }],
      }),
      sheet,
    )
    expect(outcome.ok && outcome.result.lineItems[0]?.formula).toContain(
      'billed as 122.07 GB, 128 KB minimum per object',
    )
  })
})

describe('S3 lifecycle cost: invalid lifecycles and input', () => {
  it.each([
    [
      {
        stages: [
          { storageClass: 'standard', fromDay: 0 },
          { storageClass: 'standard-ia', fromDay: 10 },
        ],
      },
      'stages[1].fromDay',
      'only after 30 days',
    ],
    [
      {
        stages: [
          { storageClass: 'standard-ia', fromDay: 0 },
          { storageClass: 'standard', fromDay: 60 },
        ],
      },
      'stages[1].storageClass',
      'cannot move',
    ],
    [
      {
        stages: [
          { storageClass: 'one-zone-ia', fromDay: 0 },
          { storageClass: 'glacier-instant', fromDay: 60 },
        ],
      },
      'stages[1].storageClass',
      'cannot move',
    ],
    [{ stages: [{ storageClass: 'standard', fromDay: 5 }] }, 'stages[0].fromDay', 'day 0'],
    [
      {
        stages: [
          { storageClass: 'standard', fromDay: 0 },
          { storageClass: 'glacier-flexible', fromDay: 0 },
        ],
      },
      'stages[1].fromDay',
      'after the one before',
    ],
    [{ stages: [] }, 'stages', 'at least one stage'],
    [{ stages: [{ storageClass: 'tape', fromDay: 0 }] }, 'stages[0].storageClass', 'one of'],
    [
      {
        stages: [
          { storageClass: 'standard', fromDay: 0 },
          { storageClass: 'glacier-flexible', fromDay: 90 },
        ],
        expirationDay: 60,
      },
      'expirationDay',
      'after the last transition',
    ],
    [{ objectCount: 0 }, 'objectCount', 'at least one object'],
    [{ size: 10, sizeUnit: 'PB', objectCount: 1 }, 'objectCount', '5 TB'],
    [{ size: 2, sizeUnit: 'EB' }, 'size', '1 EB'],
    [{ size: -1 }, 'size', 'cannot be negative'],
    [{ months: 0 }, 'months', 'at least 1'],
  ])('%j → error on %s', (patch, field, message) => {
    const outcome = s3LifecycleCost(dataset(patch as Partial<S3LifecycleInput>), sheet)
    expect(outcome.ok).toBe(false)
    expect(outcome).not.toHaveProperty('result')
    if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
  })
})
