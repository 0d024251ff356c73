import { describe, expect, it } from 'vitest'
import {
  athenaDataLakeCost,
  compareFormats,
} from '../../../../../renderer/src/features/calculators/model/athena-cost'
import { loadSheet } from './load-sheets'

const sheet = loadSheet('athena-per-query')
const MB_PER_TB = 1_048_576

// Worked by hand from AWS's example on https://aws.amazon.com/athena/pricing/: a 3 TB text table of four
// equal columns, GZIP at 3:1, and the same data as Parquet.

describe('Athena data-lake model', () => {
  const base = {
    tableSize: 3,
    tableSizeUnit: 'TB' as const,
    queries: 1,
    period: 'month' as const,
    columnFraction: 1,
    partitionFraction: 1,
  }

  it.each([
    ['AWS: uncompressed text, 3 TB scanned', { format: 'csv' as const, compressionRatio: 1 }, 15, 0],
    ['AWS: GZIP 3:1 scans 1 TB', { format: 'csv' as const, compressionRatio: 3 }, 5, 2 / 3],
    [
      'AWS: Parquet 3:1 reading 1 of 4 columns scans 0.25 TB',
      { format: 'parquet' as const, compressionRatio: 3, columnFraction: 0.25 },
      1.25,
      1 - 1.25 / 15,
    ],
    [
      'ORC is priced like Parquet',
      { format: 'orc' as const, compressionRatio: 3, columnFraction: 0.25 },
      1.25,
      1 - 1.25 / 15,
    ],
    [
      'JSON reads every column whatever the share',
      { format: 'json' as const, compressionRatio: 1, columnFraction: 0.25 },
      15,
      0,
    ],
    [
      'Parquet 3:1, a quarter of the columns, a tenth of the partitions: 26,214.4 MB → 26,215 MB',
      { format: 'parquet' as const, compressionRatio: 3, columnFraction: 0.25, partitionFraction: 0.1 },
      (26_215 * 5) / MB_PER_TB,
      1 - (26_215 * 5) / MB_PER_TB / 15,
    ],
    [
      'no partition read still bills 10 MB',
      { format: 'parquet' as const, compressionRatio: 3, partitionFraction: 0 },
      (10 * 5) / MB_PER_TB,
      1 - (10 * 5) / MB_PER_TB / 15,
    ],
  ])('%s', (_name, patch, amount, saving) => {
    const outcome = athenaDataLakeCost({ ...base, ...patch }, sheet)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.total).toBeCloseTo(amount, 10)
    expect(outcome.result.saving).toBeCloseTo(saving, 10)
    expect(outcome.result.rawCost).toBe(15)
  })

  it('explains that row formats ignore the share of columns', () => {
    const outcome = athenaDataLakeCost(
      { ...base, format: 'csv', compressionRatio: 1, columnFraction: 0.5 },
      sheet,
    )
    expect(outcome.ok && outcome.result.notes.join(' ')).toContain('share of columns is ignored')
  })

  it.each([
    [{ compressionRatio: 0.5 }, 'compressionRatio', 'below 1'],
    [{ columnFraction: 25 }, 'columnFraction', 'between 0 and 1'],
    [{ columnFraction: 0 }, 'columnFraction', 'above 0'],
    [{ partitionFraction: 1.5 }, 'partitionFraction', 'between 0 and 1'],
    [{ tableSize: 2000, tableSizeUnit: 'PB' as const }, 'tableSize', '1 EB'],
    [{ format: 'avro' }, 'format', 'one of'],
  ])('refuses %j', (patch, field, message) => {
    const outcome = athenaDataLakeCost(
      { ...base, format: 'parquet', compressionRatio: 3, ...patch } as never,
      sheet,
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
  })
})

describe('compareFormats', () => {
  it('reproduces AWS’s 3 TB example across formats for the savings chart', () => {
    const outcome = compareFormats(
      {
        tableSize: 3,
        tableSizeUnit: 'TB',
        queries: 1,
        period: 'month',
        compressionRatio: 3,
        columnFraction: 0.25,
        partitionFraction: 1,
      },
      sheet,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const costs = Object.fromEntries(outcome.result.scenarios.map((s) => [s.id, s.monthlyCost]))
    expect(costs).toEqual({
      'text-raw': 15,
      'text-compressed': 5,
      'columnar-compressed': 5,
      'columnar-columns': 1.25,
      'columnar-columns-partitions': 1.25,
    })
    const best = outcome.result.scenarios.at(-1)
    expect(best?.saving).toBeCloseTo(0.9167, 4)
  })

  it('adds partition pruning as the last step', () => {
    const outcome = compareFormats(
      {
        tableSize: 1,
        tableSizeUnit: 'TB',
        queries: 100,
        period: 'month',
        compressionRatio: 4,
        columnFraction: 0.5,
        partitionFraction: 0.1,
        textFormat: 'json',
        columnarFormat: 'orc',
      },
      sheet,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const [raw, gz, col, cols, parts] = outcome.result.scenarios.map((s) => s.monthlyCost)
    expect(raw).toBe(500)
    expect(gz).toBe(125)
    expect(col).toBe(125)
    expect(cols).toBe(62.5)
    // 1 TB ÷ 4 × 0.5 × 0.1 = 13,107.2 MB → 13,108 MB a query
    expect(parts).toBeCloseTo((100 * 13_108 * 5) / MB_PER_TB, 10)
    expect(outcome.result.scenarios[4]?.label).toContain('ORC')
  })
})
