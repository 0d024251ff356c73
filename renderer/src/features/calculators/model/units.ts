// The one place for unit conventions. AWS bills data in binary units (1 TB = 1,024 GB = 1,048,576 MB,
// 1 MB = 2^20 bytes), as its Pricing Calculator does; a month is 730 hours unless the learner picks 720
// (the 30-day month of the Kinesis pricing page's example). Amounts keep full precision; only display rounds.

export const dataUnits = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const
export type DataUnit = (typeof dataUnits)[number]

export const BYTES_PER_KB = 1024
export const BYTES_PER_MB = 1024 ** 2
export const BYTES_PER_GB = 1024 ** 3
export const BYTES_PER_TB = 1024 ** 4
export const BYTES_PER_PB = 1024 ** 5
export const BYTES_PER_EB = 1024 ** 6

const bytesPer: Record<DataUnit, number> = {
  B: 1,
  KB: BYTES_PER_KB,
  MB: BYTES_PER_MB,
  GB: BYTES_PER_GB,
  TB: BYTES_PER_TB,
  PB: BYTES_PER_PB,
  EB: BYTES_PER_EB,
}

/** Converts a quantity in a binary unit to bytes. */
export function toBytes(value: number, unit: DataUnit): number {
  return value * bytesPer[unit]
}

/** Converts bytes to a binary unit. */
export function fromBytes(bytes: number, unit: DataUnit): number {
  return bytes / bytesPer[unit]
}

/** Converts between two binary data units. */
export function convertData(value: number, from: DataUnit, to: DataUnit): number {
  return (value * bytesPer[from]) / bytesPer[to]
}

export const hoursPerMonthOptions = [730, 720] as const
export type HoursPerMonth = (typeof hoursPerMonthOptions)[number]
export const DEFAULT_HOURS_PER_MONTH: HoursPerMonth = 730

/** Seconds in a billing month of the given length. */
export function secondsPerMonth(hours: HoursPerMonth = DEFAULT_HOURS_PER_MONTH): number {
  return hours * 3600
}

/** Days in a billing month of the given length (30.42 for 730 hours). */
export function daysPerMonth(hours: HoursPerMonth = DEFAULT_HOURS_PER_MONTH): number {
  return hours / 24
}

/** Per-day count to per-month count, rounded to a whole number as the AWS Pricing Calculator does (50/day → 1,521). */
export function perDayToPerMonth(perDay: number, hours: HoursPerMonth = DEFAULT_HOURS_PER_MONTH): number {
  return Math.round((perDay * hours) / 24)
}

/** Per-second rate to a monthly total (not rounded: records and bytes stay exact). */
export function perSecondToPerMonth(
  perSecond: number,
  hours: HoursPerMonth = DEFAULT_HOURS_PER_MONTH,
): number {
  return perSecond * secondsPerMonth(hours)
}

// Billing increments for records. The price sheets carry the same values as rules; a test keeps them equal.
export const KINESIS_PUT_PAYLOAD_UNIT_BYTES = 25 * BYTES_PER_KB
export const KINESIS_ON_DEMAND_RECORD_UNIT_BYTES = BYTES_PER_KB
export const FIREHOSE_RECORD_UNIT_BYTES = 5 * BYTES_PER_KB

/** How many billing units one record uses: each started unit counts, and a record always uses at least one. */
export function unitsPerRecord(recordBytes: number, unitBytes: number): number {
  return Math.max(1, Math.ceil(recordBytes / unitBytes))
}

/** A record's size as billed: rounded up to the next whole billing unit. */
export function billedRecordBytes(recordBytes: number, unitBytes: number): number {
  return unitsPerRecord(recordBytes, unitBytes) * unitBytes
}

const moneyFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/** A money amount for display, to the cent: `$1,234.56`. */
export function formatMoney(amount: number): string {
  // -0 and amounts that round to zero read as $0.00, never "-$0.00".
  const cents = Math.round(amount * 100)
  return moneyFormat.format(cents === 0 ? 0 : amount)
}

// Building an Intl.NumberFormat is slow, so one is kept per option set.
const formatters = new Map<string, Intl.NumberFormat>()

/** A cached en-US formatter for the given fraction digits, as currency or as a plain number. */
function formatter(currency: boolean, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${currency ? 'c' : 'n'}${minDecimals}-${maxDecimals}`
  let found = formatters.get(key)
  if (found === undefined) {
    found = new Intl.NumberFormat('en-US', {
      ...(currency ? { style: 'currency', currency: 'USD' } : {}),
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    })
    formatters.set(key, found)
  }
  return found
}

/** A unit price for formulas, keeping its significant digits: `$5.00`, `$0.014`, `$0.00099`. */
export function formatPrice(price: number): string {
  const digits = Math.min(8, Math.max(2, significantDecimals(price)))
  return formatter(true, 2, digits).format(price)
}

/** How many decimals a number needs to show every digit it was written with (1.5e-7 needs 8). */
function significantDecimals(value: number): number {
  const [mantissa = '', exponent] = String(value).split('e')
  const decimals = mantissa.split('.')[1]?.length ?? 0
  return exponent === undefined ? decimals : Math.max(0, decimals - Number(exponent))
}

/** A number with thousands separators and at most `maxDecimals` decimals: `1,521`, `518.4`, `0.892`. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return formatter(false, 0, maxDecimals).format(value)
}

/** A count with its noun, singular for exactly one: `1 shard`, `4 shards`, `1 Author Pro user`. */
export function countText(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(n, 4)} ${n === 1 ? singular : pluralForm}`
}

/** A data size in the largest unit that keeps it at or above 1, for formulas: `615 MB`, `2.93 TB`. */
export function formatDataSize(bytes: number, maxDecimals = 2): string {
  const order: DataUnit[] = ['EB', 'PB', 'TB', 'GB', 'MB', 'KB']
  for (const unit of order) {
    if (bytes >= bytesPer[unit]) return `${formatNumber(bytes / bytesPer[unit], maxDecimals)} ${unit}`
  }
  return `${formatNumber(bytes, 0)} bytes`
}
