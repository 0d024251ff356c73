// Number formatting shared by the figures' labels, tables and chart axes.

const cache = new Map<number, Intl.NumberFormat>()

/** A number with thousands separators and at most `digits` decimals ("—" when it is undefined). */
export function formatNumber(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—'
  let f = cache.get(digits)
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })
    cache.set(digits, f)
  }
  // Avoid printing "-0" for tiny negative values rounded away.
  const text = f.format(value)
  return text === '-0' ? '0' : text
}

/** A share as a percentage with `digits` decimals ("—" when it is undefined). */
export function formatPercent(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '—' : `${formatNumber(value * 100, digits)} %`
}

/** A rate on 0–1 with three decimals, as metrics are usually quoted ("—" when it is undefined). */
export function formatRate(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(3)
}
