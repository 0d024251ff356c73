import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { storageClassInfo, type Lifecycle, type StorageClass } from './s3-lifecycle-input'
import { ruleValue } from './sheet-rates'
import { BYTES_PER_GB, toBytes } from './units'

// How a lifecycle stage turns into billable quantities: the pieces of time it spends at one price, the GB it
// is billed for in a class, and how a span of days falls into the calendar months of the projection.

export interface Piece {
  storageClass: StorageClass
  from: number
  to: number
  /** Flat rate key; undefined for S3 Standard, which is priced on its tiers each month. */
  rateKey?: string
  tier?: string
}

const itTiers = [
  { key: 'intelligent-frequent-gb-month', name: 'Frequent' },
  { key: 'intelligent-infrequent-gb-month', name: 'Infrequent' },
  { key: 'intelligent-archive-instant-gb-month', name: 'Archive Instant' },
] as const

/** Cuts a stage into priced pieces; Intelligent-Tiering moves unread objects down its tiers at day 30 and 90. */
export function piecesFor(
  cls: StorageClass,
  from: number,
  to: number,
  monitored: boolean,
  sheet: PriceSheet,
): Piece[] {
  if (cls === 'standard') return [{ storageClass: cls, from, to }]
  if (cls !== 'intelligent-tiering')
    return [{ storageClass: cls, from, to, rateKey: storageClassInfo[cls].rateKey }]
  if (!monitored) return [{ storageClass: cls, from, to, rateKey: itTiers[0].key, tier: itTiers[0].name }]
  const after30 = from + ruleValue(sheet, 'intelligent-infrequent-after-days', 'minimum')
  const after90 = from + ruleValue(sheet, 'intelligent-archive-instant-after-days', 'minimum')
  const bounds = [from, Math.min(after30, to), Math.min(after90, to), to]
  return itTiers
    .map((t, i) => ({
      storageClass: cls,
      from: bounds[i] ?? to,
      to: bounds[i + 1] ?? to,
      rateKey: t.key,
      tier: t.name,
    }))
    .filter((p) => p.to > p.from)
}

/** GB billed in a class: the data, raised to the minimum object size, plus the Glacier 32 KB per object. */
export function billedGb(cls: StorageClass, lc: Lifecycle, sheet: PriceSheet): number {
  const info = storageClassInfo[cls]
  let bytes = lc.bytes
  if (info.minObjectKey !== undefined)
    bytes = Math.max(bytes, lc.objectCount * toBytes(ruleValue(sheet, info.minObjectKey, 'minimum'), 'KB'))
  if (info.glacierOverhead === true)
    bytes += lc.objectCount * toBytes(ruleValue(sheet, 'glacier-overhead-class', 'overhead'), 'KB')
  return bytes / BYTES_PER_GB
}

/** Calls `visit` with each month a day range touches and the days it spends there. */
export function eachMonth(
  from: number,
  to: number,
  lc: Lifecycle,
  visit: (month: number, days: number) => void,
): void {
  const d = lc.daysPerMonth
  const first = Math.max(0, Math.floor(from / d))
  for (let m = first; m < lc.months && m * d < to; m++) {
    const days = Math.min(to, (m + 1) * d) - Math.max(from, m * d)
    if (days > 0) visit(m, days)
  }
}
