import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  billedScanBytes,
  describeBilledSize,
  describeQueries,
  minimumScanBytes,
  readQueriesPerMonth,
  type QueryPeriod,
} from './athena-scan'
import { failed, guardSheet, InputChecker, makeResult, type CalcOutcome, type CalcResult } from './line-item'
import { rateValue } from './sheet-rates'
import {
  BYTES_PER_TB,
  formatDataSize,
  formatMoney,
  formatNumber,
  formatPrice,
  type DataUnit,
  type HoursPerMonth,
} from './units'

// The data-lake view of Athena pricing: bytes scanned follow from how the table is stored. Athena bills bytes
// read before decompression, columnar formats read only the columns a query names, and partition pruning
// skips partitions. This is the arithmetic behind AWS's "save up to 90 %" example.

export const tableFormats = ['csv', 'json', 'parquet', 'orc'] as const
export type TableFormat = (typeof tableFormats)[number]
const columnarFormats: readonly TableFormat[] = ['parquet', 'orc']
const textFormats = ['csv', 'json'] as const
const columnarOnly = ['parquet', 'orc'] as const
const formatNames: Record<TableFormat, string> = { csv: 'CSV', json: 'JSON', parquet: 'Parquet', orc: 'ORC' }

export interface AthenaDataLakeInput {
  tableSize: number
  tableSizeUnit: DataUnit
  format: TableFormat
  /** Uncompressed size ÷ stored size: 1 for uncompressed, 3 for GZIP at 3:1. */
  compressionRatio: number
  /** Share of the columns a query reads (0–1]; only columnar formats can skip columns. */
  columnFraction: number
  /** Share of the partitions a query reads after pruning (0–1). */
  partitionFraction: number
  queries: number
  period: QueryPeriod
  hoursPerMonth?: HoursPerMonth
}

export interface AthenaDataLakeResult extends CalcResult {
  queriesPerMonth: number
  bytesScannedPerQuery: number
  billedBytesPerQuery: number
  /** The same queries against the table stored as uncompressed text, every column and partition read. */
  rawCost: number
  /** 1 − total ÷ rawCost: 0.9 means 90 % cheaper than uncompressed text. */
  saving: number
}

export type CompareFormatsInput = Omit<AthenaDataLakeInput, 'format'> & {
  textFormat?: (typeof textFormats)[number]
  columnarFormat?: (typeof columnarOnly)[number]
}

export interface FormatScenario {
  id: string
  label: string
  format: TableFormat
  compressionRatio: number
  columnFraction: number
  partitionFraction: number
  bytesScannedPerQuery: number
  billedBytesPerQuery: number
  monthlyCost: number
  saving: number
  formula: string
}

interface Shape {
  format: TableFormat
  compressionRatio: number
  columnFraction: number
  partitionFraction: number
}

interface ReadInput {
  tableBytes: number
  shape: Shape
  queries: { perMonth: number; period: QueryPeriod; count: number }
  hours: HoursPerMonth
}

/** Checks the fields shared by the data-lake model and the comparison. */
function readShared(
  check: InputChecker,
  input: Omit<AthenaDataLakeInput, 'format'>,
  format: TableFormat,
): ReadInput {
  const hours = check.hours('hoursPerMonth', input.hoursPerMonth)
  const tableBytes = check.dataSize(
    'tableSize',
    input.tableSize,
    'tableSizeUnit',
    input.tableSizeUnit,
    'Table size',
  )
  // A ratio under 1 is a likely mix-up of "3:1" with "1/3", so it gets its own explanation.
  if (
    typeof input.compressionRatio === 'number' &&
    input.compressionRatio >= 0 &&
    input.compressionRatio < 1
  ) {
    check.fail(
      'compressionRatio',
      'A compression ratio below 1 would make the data bigger; use 1 for uncompressed data, 3 for 3:1.',
    )
  }
  const compressionRatio = check.number('compressionRatio', input.compressionRatio, {
    label: 'Compression ratio',
    min: 1,
    max: 1000,
    maxMessage: 'A compression ratio above 1000:1 is not realistic; 3 means 3:1.',
  })
  const columnFraction = check.fraction(
    'columnFraction',
    input.columnFraction,
    'Share of columns read',
    false,
  )
  const partitionFraction = check.fraction(
    'partitionFraction',
    input.partitionFraction,
    'Share of partitions read',
  )
  const queries = readQueriesPerMonth(check, 'queries', input.queries, input.period, hours)
  return {
    tableBytes,
    shape: { format, compressionRatio, columnFraction, partitionFraction },
    queries,
    hours,
  }
}

/** Bytes one query scans: stored (compressed) size × columns read (columnar only) × partitions read. */
function scannedPerQuery(tableBytes: number, shape: Shape): number {
  const columns = columnarFormats.includes(shape.format) ? shape.columnFraction : 1
  return (tableBytes / shape.compressionRatio) * columns * shape.partitionFraction
}

/** Prices one storage shape for the month, writing the derivation into the formula. */
function priceShape(read: ReadInput, shape: Shape, sheet: PriceSheet) {
  const rate = rateValue(sheet, 'scan-per-tb')
  const scanned = scannedPerQuery(read.tableBytes, shape)
  const billed = billedScanBytes(scanned, sheet)
  const total = billed * read.queries.perMonth
  const amount = (total / BYTES_PER_TB) * rate
  const columnar = columnarFormats.includes(shape.format)
  const derivation =
    `${formatDataSize(read.tableBytes, 4)} ÷ ${formatNumber(shape.compressionRatio, 4)} (compression)` +
    (columnar ? ` × ${formatNumber(shape.columnFraction, 4)} of columns` : '') +
    ` × ${formatNumber(shape.partitionFraction, 4)} of partitions = ${formatDataSize(scanned, 4)} per query`
  const { count, period, perMonth } = read.queries
  const formula =
    `${derivation}; ${describeQueries(count, period, perMonth, read.hours)} × ` +
    `${describeBilledSize(scanned, billed, minimumScanBytes(sheet))} = ${formatNumber(total / BYTES_PER_TB, 6)} TB` +
    ` × ${formatPrice(rate)} per TB = ${formatMoney(amount)}`
  return { scanned, billed, amount, formula }
}

const rawShape = (format: TableFormat): Shape => ({
  format,
  compressionRatio: 1,
  columnFraction: 1,
  partitionFraction: 1,
})

/** Monthly cost of querying one table, bytes scanned derived from its format, compression and partitioning. */
export function athenaDataLakeCost(
  input: AthenaDataLakeInput,
  sheet: PriceSheet,
): CalcOutcome<AthenaDataLakeResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const format = check.choice('format', input.format, tableFormats, 'Format')
    const read = readShared(check, input, format)
    if (!check.ok) return failed(check)
    const priced = priceShape(read, read.shape, sheet)
    const raw = priceShape(read, rawShape('csv'), sheet)
    const notes = [
      'Athena bills the bytes it reads before decompression, so compression cuts the bill in proportion.',
    ]
    if (columnarFormats.includes(format)) {
      notes.push(
        'Columnar formats read only the columns a query names; file footers and statistics add a little, not modelled.',
      )
    } else if (read.shape.columnFraction < 1) {
      notes.push(
        `${formatNames[format]} stores whole rows, so every column is read: the share of columns is ignored.`,
      )
    }
    const item = {
      id: 'scan',
      label: `Queries on ${formatNames[format]} data`,
      formula: priced.formula,
      amount: priced.amount,
    }
    const result = makeResult([item], notes)
    const saving = raw.amount > 0 ? 1 - priced.amount / raw.amount : 0
    return {
      ok: true,
      result: {
        ...result,
        queriesPerMonth: read.queries.perMonth,
        bytesScannedPerQuery: priced.scanned,
        billedBytesPerQuery: priced.billed,
        rawCost: raw.amount,
        saving,
      },
    }
  })
}

/** The same workload as raw text, compressed text, and compressed columnar with column and partition pruning. */
export function compareFormats(
  input: CompareFormatsInput,
  sheet: PriceSheet,
): CalcOutcome<{ scenarios: FormatScenario[]; notes: string[]; queriesPerMonth: number }> {
  return guardSheet(() => {
    const check = new InputChecker()
    const text =
      input.textFormat === undefined
        ? 'csv'
        : check.choice('textFormat', input.textFormat, textFormats, 'Text format')
    const col =
      input.columnarFormat === undefined
        ? 'parquet'
        : check.choice('columnarFormat', input.columnarFormat, columnarOnly, 'Columnar format')
    const read = readShared(check, input, col)
    if (!check.ok) return failed(check)
    const { compressionRatio: ratio, columnFraction: cols, partitionFraction: parts } = read.shape
    const T = formatNames[text]
    const C = formatNames[col]
    const shapes: { id: string; label: string; shape: Shape }[] = [
      { id: 'text-raw', label: `${T}, uncompressed`, shape: rawShape(text) },
      {
        id: 'text-compressed',
        label: `${T}, compressed ${formatNumber(ratio)}:1`,
        shape: { ...rawShape(text), compressionRatio: ratio },
      },
      {
        id: 'columnar-compressed',
        label: `${C}, compressed, every column`,
        shape: { ...rawShape(col), compressionRatio: ratio },
      },
      {
        id: 'columnar-columns',
        label: `${C}, compressed, ${formatNumber(cols * 100)} % of columns`,
        shape: { ...rawShape(col), compressionRatio: ratio, columnFraction: cols },
      },
      {
        id: 'columnar-columns-partitions',
        label: `${C}, compressed, ${formatNumber(cols * 100)} % of columns, ${formatNumber(parts * 100)} % of partitions`,
        shape: { format: col, compressionRatio: ratio, columnFraction: cols, partitionFraction: parts },
      },
    ]
    const priced = shapes.map((s) => ({ ...s, priced: priceShape(read, s.shape, sheet) }))
    const baseline = priced[0]?.priced.amount ?? 0
    const scenarios: FormatScenario[] = priced.map(({ id, label, shape, priced: p }) => ({
      id,
      label,
      ...shape,
      bytesScannedPerQuery: p.scanned,
      billedBytesPerQuery: p.billed,
      monthlyCost: p.amount,
      saving: baseline > 0 ? 1 - p.amount / baseline : 0,
      formula: p.formula,
    }))
    const notes = [
      'Savings are against the same table stored as uncompressed text. AWS quotes up to 90 % from compression, partitioning and columnar formats.',
    ]
    return { ok: true, result: { scenarios, notes, queriesPerMonth: read.queries.perMonth } }
  })
}
