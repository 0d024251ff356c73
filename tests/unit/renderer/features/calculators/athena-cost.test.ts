import { describe, expect, it } from 'vitest'
import {
  athenaPerQueryCost,
  billedScanBytes,
  type AthenaWorkload,
} from '../../../../../renderer/src/features/calculators/model/athena-cost'
import { applyOverrides } from '../../../../../renderer/src/features/calculators/model/sheet-rates'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const sheet = loadSheet('athena-per-query')
const MB_PER_TB = 1_048_576
const MB = 2 ** 20

/** Prices one workload and returns the result, failing the test on errors. */
function priceOne(workload: AthenaWorkload, hoursPerMonth?: 720 | 730) {
  const outcome = athenaPerQueryCost({ workloads: [workload], hoursPerMonth }, sheet)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  return outcome.result
}

// Worked by hand from https://aws.amazon.com/athena/pricing/: $5 per TB, each query rounded up to the MB,
// 10 MB minimum, 1 TB = 1,048,576 MB.
const workedExamples: {
  name: string
  workload: AthenaWorkload
  hours?: 720 | 730
  amount: number
  display: string
}[] = [
  {
    name: 'AWS: one query over a 3 TB text table',
    workload: { queries: 1, period: 'month', scanned: 3, scannedUnit: 'TB' },
    amount: 15,
    display: '$15.00',
  },
  {
    name: 'AWS calculator: 50 queries a day × 0.6 GB → 1,521 queries of 615 MB',
    workload: { queries: 50, period: 'day', scanned: 0.6, scannedUnit: 'GB' },
    amount: (1521 * 615 * 5) / MB_PER_TB,
    display: '$4.46',
  },
  {
    name: 'the same on a 720-hour month → 1,500 queries',
    workload: { queries: 50, period: 'day', scanned: 0.6, scannedUnit: 'GB' },
    hours: 720,
    amount: (1500 * 615 * 5) / MB_PER_TB,
    display: '$4.40',
  },
  {
    name: '10 MB minimum: 1,000 queries of 2 MB bill 10 MB each',
    workload: { queries: 1000, period: 'month', scanned: 2, scannedUnit: 'MB' },
    amount: (10_000 * 5) / MB_PER_TB,
    display: '$0.05',
  },
  {
    name: '10.5 MB rounds up to 11 MB: a million queries',
    workload: { queries: 1_000_000, period: 'month', scanned: 10.5, scannedUnit: 'MB' },
    amount: (11_000_000 * 5) / MB_PER_TB,
    display: '$52.45',
  },
  {
    name: 'zero queries cost nothing',
    workload: { queries: 0, period: 'month', scanned: 1, scannedUnit: 'TB' },
    amount: 0,
    display: '$0.00',
  },
  {
    name: 'a 1 PB scan is 1,024 TB',
    workload: { queries: 1, period: 'month', scanned: 1, scannedUnit: 'PB' },
    amount: 5120,
    display: '$5,120.00',
  },
  {
    name: '30 queries of 1 TB',
    workload: { queries: 30, period: 'month', scanned: 1, scannedUnit: 'TB' },
    amount: 150,
    display: '$150.00',
  },
  {
    name: 'DDL statements are free',
    workload: { queries: 100, period: 'month', scanned: 1, scannedUnit: 'GB', kind: 'ddl' },
    amount: 0,
    display: '$0.00',
  },
  {
    name: 'failed queries are free',
    workload: { queries: 100, period: 'month', scanned: 5, scannedUnit: 'TB', kind: 'failed' },
    amount: 0,
    display: '$0.00',
  },
  {
    name: 'cancelled queries pay for what they scanned: 10 × 500 MB',
    workload: { queries: 10, period: 'month', scanned: 500, scannedUnit: 'MB', kind: 'cancelled' },
    amount: (5000 * 5) / MB_PER_TB,
    display: '$0.02',
  },
  {
    name: 'exactly 10 MB is billed as 10 MB',
    workload: { queries: 1, period: 'month', scanned: 10, scannedUnit: 'MB' },
    amount: (10 * 5) / MB_PER_TB,
    display: '$0.00',
  },
  {
    name: 'a query that scans nothing still bills 10 MB',
    workload: { queries: 100_000, period: 'month', scanned: 0, scannedUnit: 'B' },
    amount: (1_000_000 * 5) / MB_PER_TB,
    display: '$4.77',
  },
]

describe('Athena per-query cost: worked examples', () => {
  it.each(workedExamples)('$name', ({ workload, hours, amount, display }) => {
    const result = priceOne(workload, hours)
    expect(result.total).toBeCloseTo(amount, 10)
    expect(formatMoney(result.total)).toBe(display)
  })

  it('writes the arithmetic of the AWS calculator example into the formula', () => {
    const result = priceOne({ queries: 50, period: 'day', scanned: 0.6, scannedUnit: 'GB' })
    const formula = result.lineItems[0]?.formula ?? ''
    expect(formula).toContain('50 queries a day × 730 h ÷ 24 = 1,521 queries')
    expect(formula).toContain('615 MB')
    expect(formula).toContain('rounded up to the MB')
    expect(formula).toContain('$5.00 per TB = $4.46')
  })

  it('adds several workloads: 100 × 1 GB a month plus 20 × 100 MB a day', () => {
    const outcome = athenaPerQueryCost(
      {
        workloads: [
          { id: 'reports', queries: 100, period: 'month', scanned: 1, scannedUnit: 'GB' },
          { id: 'ad-hoc', queries: 20, period: 'day', scanned: 100, scannedUnit: 'MB' },
        ],
      },
      sheet,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    // 100 × 1,024 MB + 608 × 100 MB (20 × 730 ÷ 24 = 608.3 → 608)
    expect(outcome.result.total).toBeCloseTo(((102_400 + 60_800) * 5) / MB_PER_TB, 10)
    expect(outcome.result.lineItems.map((l) => l.id)).toEqual(['reports', 'ad-hoc'])
    expect(outcome.result.workloads[1]?.queriesPerMonth).toBe(608)
  })

  it('notes the minimum when a workload hits it', () => {
    const result = priceOne({ queries: 5, period: 'month', scanned: 1, scannedUnit: 'KB' })
    expect(result.workloads[0]?.minimumApplied).toBe(true)
    expect(result.notes.join(' ')).toContain('10 MB minimum')
    expect(result.lineItems[0]?.formula).toContain('the minimum')
  })

  it('bills every scan below 10 MB as 10 MB and rounds up at 10.5 MB', () => {
    expect(billedScanBytes(0, sheet)).toBe(10 * MB)
    expect(billedScanBytes(9.99 * MB, sheet)).toBe(10 * MB)
    expect(billedScanBytes(10 * MB, sheet)).toBe(10 * MB)
    expect(billedScanBytes(10.5 * MB, sheet)).toBe(11 * MB)
    expect(billedScanBytes(10 * MB + 1, sheet)).toBe(11 * MB)
  })

  it('uses a learner’s override of the price', () => {
    const merged = applyOverrides(sheet, { 'scan-per-tb': 6.25 })
    expect(merged.ok).toBe(true)
    if (!merged.ok) return
    const outcome = athenaPerQueryCost(
      { workloads: [{ queries: 1, period: 'month', scanned: 2, scannedUnit: 'TB' }] },
      merged.sheet,
    )
    expect(outcome.ok && outcome.result.total).toBe(12.5)
  })

  it('refuses an override of an unknown or negative rate', () => {
    expect(applyOverrides(sheet, { nope: 1 })).toEqual({
      ok: false,
      errors: { 'overrides.nope': expect.any(String) },
    })
    expect(applyOverrides(sheet, { 'scan-per-tb': -1 }).ok).toBe(false)
    expect(applyOverrides(sheet, { 'scan-per-tb': Number.NaN }).ok).toBe(false)
  })
})

describe('Athena per-query cost: invalid input', () => {
  const bad = (w: Partial<Record<keyof AthenaWorkload, unknown>>) =>
    athenaPerQueryCost(
      { workloads: [{ queries: 1, period: 'month', scanned: 1, scannedUnit: 'GB', ...w } as AthenaWorkload] },
      sheet,
    )

  it.each([
    [{ queries: -1 }, 'workloads[0].queries', 'cannot be negative'],
    [{ queries: 'many' }, 'workloads[0].queries', 'must be a number'],
    [{ queries: Number.NaN }, 'workloads[0].queries', 'finite'],
    [{ queries: Number.POSITIVE_INFINITY }, 'workloads[0].queries', 'finite'],
    [{ queries: 1.5 }, 'workloads[0].queries', 'whole number'],
    [{ queries: 2e12 }, 'workloads[0].queries', '10^12'],
    [{ queries: '' }, 'workloads[0].queries', 'required'],
    [{ scanned: -2 }, 'workloads[0].scanned', 'cannot be negative'],
    [{ scanned: 2, scannedUnit: 'EB' }, 'workloads[0].scanned', '1 EB'],
    [{ scannedUnit: 'ZB' }, 'workloads[0].scannedUnit', 'one of'],
    [{ period: 'week' }, 'workloads[0].queriesPeriod', 'one of'],
    [{ kind: 'select' }, 'workloads[0].kind', 'one of'],
  ])('%j → error on %s', (patch, field, message) => {
    const outcome = bad(patch)
    expect(outcome.ok).toBe(false)
    expect(outcome).not.toHaveProperty('result')
    if (outcome.ok) return
    expect(outcome.errors[field]).toContain(message)
  })

  it('refuses a month length other than 730 or 720 hours', () => {
    const outcome = athenaPerQueryCost({ workloads: [], hoursPerMonth: 744 as 730 }, sheet)
    expect(outcome.ok).toBe(false)
  })

  it('reports a sheet without the rate as an error, not a throw', () => {
    const broken = { ...sheet, rates: {} }
    const outcome = athenaPerQueryCost(
      { workloads: [{ queries: 1, period: 'month', scanned: 1, scannedUnit: 'GB' }] },
      broken,
    )
    expect(outcome).toEqual({ ok: false, errors: { sheet: expect.stringContaining('scan-per-tb') } })
  })
})
