import { describe, expect, it } from 'vitest'
import {
  classicReaderCharge,
  costVsReaders,
  quickSightCost,
  type QuickSightInput,
} from '../../../../../renderer/src/features/calculators/model/quicksight-cost'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const classic = loadSheet('quicksight-classic-2016')
const model2024 = loadSheet('quicksight-2024')
const suite2025 = loadSheet('quicksight-quick-suite-2025')

const enterprise = (patch: Partial<QuickSightInput>): QuickSightInput => ({
  edition: 'enterprise',
  billing: 'annual',
  authors: 1,
  spiceGb: 0,
  ...patch,
})

// Worked by hand from https://aws.amazon.com/quicksight/pricing/ under each model's prices.
const workedExamples = [
  {
    name: 'classic: 5 annual authors, 10 readers at 17 sessions (capped), 40 GB SPICE inside the 50 GB included',
    sheet: classic,
    input: enterprise({ authors: 5, readers: [{ count: 10, sessionsPerMonth: 17 }], spiceGb: 40 }),
    monthly: 5 * 18 + 10 * 5,
  },
  {
    name: 'classic: 16 sessions stay under the cap (16 × $0.30 = $4.80)',
    sheet: classic,
    input: enterprise({ authors: 1, readers: [{ count: 10, sessionsPerMonth: 16 }] }),
    monthly: 18 + 10 * 4.8,
  },
  {
    name: 'classic: a reader with no sessions costs nothing',
    sheet: classic,
    input: enterprise({ authors: 2, readers: [{ count: 500, sessionsPerMonth: 0 }] }),
    monthly: 36,
  },
  {
    name: 'classic: month-to-month authors and 5 GB of extra SPICE at $0.38',
    sheet: classic,
    input: enterprise({ billing: 'monthly', authors: 2, spiceGb: 25 }),
    monthly: 2 * 24 + 5 * 0.38,
  },
  {
    name: 'classic: light and heavy readers',
    sheet: classic,
    input: enterprise({
      readers: [
        { count: 100, sessionsPerMonth: 2 },
        { count: 50, sessionsPerMonth: 40 },
      ],
    }),
    monthly: 18 + 100 * 0.6 + 50 * 5,
  },
  {
    name: 'Standard annual: 3 users, 30 GB SPICE exactly the included amount',
    sheet: classic,
    input: { edition: 'standard' as const, billing: 'annual' as const, authors: 3, spiceGb: 30 },
    monthly: 27,
  },
  {
    name: 'Standard month to month: 35.5 GB SPICE buys 6 whole GB at $0.25',
    sheet: classic,
    input: { edition: 'standard' as const, billing: 'monthly' as const, authors: 3, spiceGb: 35.5 },
    monthly: 36 + 6 * 0.25,
  },
  {
    name: '2024: authors, Author Pro $50, flat readers, Reader Pro, account fee, 30 GB extra SPICE',
    sheet: model2024,
    input: enterprise({
      authors: 5,
      authorPros: 2,
      readers: [{ count: 100, sessionsPerMonth: 2 }],
      readerPros: 10,
      spiceGb: 100,
    }),
    monthly: 5 * 24 + 2 * 50 + 100 * 3 + 10 * 20 + 250 + 30 * 0.38,
  },
  {
    name: 'Quick Suite: the same with Author Pro at $40',
    sheet: suite2025,
    input: enterprise({
      authors: 5,
      authorPros: 2,
      readers: [{ count: 100, sessionsPerMonth: 2 }],
      readerPros: 10,
      spiceGb: 100,
    }),
    monthly: 5 * 24 + 2 * 40 + 100 * 3 + 10 * 20 + 250 + 30 * 0.38,
  },
  {
    name: 'Quick Suite: 3 authors and 20 readers, no Pro, no fee; readers pay even without sessions',
    sheet: suite2025,
    input: enterprise({ authors: 3, readers: [{ count: 20, sessionsPerMonth: 0 }] }),
    monthly: 3 * 24 + 20 * 3,
  },
  {
    name: 'Quick Suite: Q&A alone triggers the $250 account fee',
    sheet: suite2025,
    input: enterprise({ authors: 3, readers: [{ count: 20, sessionsPerMonth: 5 }], qAndA: true }),
    monthly: 3 * 24 + 20 * 3 + 250,
  },
  {
    name: 'Quick Suite Standard edition keeps the classic prices',
    sheet: suite2025,
    input: { edition: 'standard' as const, billing: 'monthly' as const, authors: 4, spiceGb: 10 },
    monthly: 48,
  },
]

describe('QuickSight cost: worked examples', () => {
  it.each(workedExamples)('$name', ({ sheet, input, monthly }) => {
    const outcome = quickSightCost(input, sheet)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.monthlyTotal).toBeCloseTo(monthly, 10)
    expect(outcome.result.total).toBeCloseTo(monthly, 10)
    expect(outcome.result.yearlyTotal).toBeCloseTo(monthly * 12, 10)
  })

  it('caps the 17th session at $5.00 and writes the cap into the formula', () => {
    expect(classicReaderCharge(16, classic)).toBeCloseTo(4.8, 10)
    expect(classicReaderCharge(17, classic)).toBe(5)
    expect(classicReaderCharge(100, classic)).toBe(5)
    const outcome = quickSightCost(enterprise({ readers: [{ count: 1, sessionsPerMonth: 17 }] }), classic)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const line = outcome.result.lineItems.find((l) => l.id === 'readers-1')
    expect(line?.amount).toBe(5)
    expect(line?.formula).toContain('17 sessions × $0.30 = $5.10, capped at $5.00')
  })

  it('reports SPICE inside the included amount without a charge', () => {
    const outcome = quickSightCost(enterprise({ authors: 4, spiceGb: 39.9 }), classic)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.spice).toEqual({ neededGb: 39.9, includedGb: 40, extraGb: 0 })
    expect(outcome.result.lineItems.some((l) => l.id === 'spice')).toBe(false)
    expect(formatMoney(outcome.result.total)).toBe('$72.00')
  })

  it('counts Author Pro users toward the included SPICE', () => {
    const outcome = quickSightCost(enterprise({ authors: 1, authorPros: 1, spiceGb: 20 }), suite2025)
    expect(outcome.ok && outcome.result.spice.extraGb).toBe(0)
  })
})

describe('QuickSight cost: invalid input', () => {
  it.each([
    [
      classic,
      {
        edition: 'standard',
        billing: 'annual',
        authors: 2,
        spiceGb: 0,
        readers: [{ count: 5, sessionsPerMonth: 1 }],
      },
      'readers',
      'no reader role',
    ],
    [classic, enterprise({ authorPros: 1 }), 'authorPros', 'classic model'],
    [suite2025, enterprise({ authors: 0 }), 'authors', 'at least one author'],
    [suite2025, enterprise({ authors: -3 }), 'authors', 'cannot be negative'],
    [suite2025, enterprise({ authors: 2.5 }), 'authors', 'whole number'],
    [suite2025, enterprise({ spiceGb: Number.NaN }), 'spiceGb', 'finite'],
    [
      classic,
      enterprise({ readers: [{ count: 1, sessionsPerMonth: 5000 }] }),
      'readers[0].sessionsPerMonth',
      'at most',
    ],
    [classic, enterprise({ edition: 'premium' as 'enterprise' }), 'edition', 'one of'],
    [classic, enterprise({ billing: 'weekly' as 'annual' }), 'billing', 'one of'],
    [
      suite2025,
      { edition: 'standard', billing: 'annual', authors: 1, spiceGb: 0, qAndA: true },
      'qAndA',
      'Enterprise',
    ],
  ] as const)('%#: refuses with an error on %s', (sheet, input, field, message) => {
    const outcome = quickSightCost(input as QuickSightInput, sheet)
    expect(outcome.ok).toBe(false)
    expect(outcome).not.toHaveProperty('result')
    if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
  })
})

describe('costVsReaders', () => {
  const base = {
    billing: 'monthly' as const,
    authors: 1,
    spiceGb: 0,
    sessionsPerReader: 5,
    maxReaders: 100,
    points: 3,
  }

  it('gives one series per model over the reader axis', () => {
    const outcome = costVsReaders(base, [classic, suite2025])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.readerCounts).toEqual([0, 50, 100])
    const [c, q] = outcome.result.series
    expect(c?.totals.map((t) => Math.round(t * 100) / 100)).toEqual([24, 24 + 50 * 1.5, 24 + 100 * 1.5])
    expect(q?.totals).toEqual([24, 24 + 150, 24 + 300])
  })

  it('finds where pay-per-session meets the flat price and where the cap starts', () => {
    const outcome = costVsReaders(base, [classic, model2024])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.breakEvenSessions).toBe(10)
    expect(outcome.result.capReachedAtSession).toBe(17)
    const perReader = outcome.result.perReaderBySessions[0]?.perReader ?? []
    expect(perReader[10]).toBeCloseTo(3, 10)
    expect(perReader[16]).toBeCloseTo(4.8, 10)
    expect(perReader[17]).toBe(5)
    expect(outcome.result.perReaderBySessions[1]?.perReader.every((p) => p === 3)).toBe(true)
  })

  it('ignores Pro users for the classic series but prices them elsewhere', () => {
    const outcome = costVsReaders({ ...base, authorPros: 1 }, [classic, suite2025])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.series[1]?.totals[0]).toBe(24 + 40 + 250)
  })

  it('refuses a negative reader axis', () => {
    expect(costVsReaders({ ...base, maxReaders: -1 }, [classic]).ok).toBe(false)
  })
})
