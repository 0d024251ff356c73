import type { PriceSheet } from '@shared/content/price-sheet-schema'

// Short names for the price models, for radio labels, chart legends and table headers (the sheets' own
// titles are full sentences).

const names: Record<PriceSheet['model'], string> = {
  'per-query': 'Per query (per TB scanned)',
  'provisioned-capacity': 'Provisioned capacity (per DPU-hour)',
  'classic-2016': 'Classic (per-session readers)',
  'reader-2024': '2024 (flat-price readers)',
  'quick-suite-2025': 'Quick Suite (2025)',
  provisioned: 'Provisioned (shards)',
  'on-demand': 'On-demand Standard',
  'on-demand-advantage': 'On-demand Advantage',
  standard: 'Standard prices',
}

/** A price model's short name: "Classic (per-session readers)". */
export function modelName(sheet: Pick<PriceSheet, 'model'>): string {
  return names[sheet.model]
}

/** "from 16 Nov 2016 to 1 May 2025" or "since 9 Oct 2025". */
export function effectiveText(sheet: Pick<PriceSheet, 'effectiveFrom' | 'effectiveTo'>): string {
  return sheet.effectiveTo === undefined
    ? `since ${longDate(sheet.effectiveFrom)}`
    : `from ${longDate(sheet.effectiveFrom)} to ${longDate(sheet.effectiveTo)}`
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2016-11-16` → `16 Nov 2016` (read as a calendar date, never shifted by time zone). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${months[(m ?? 1) - 1]} ${y}`
}
