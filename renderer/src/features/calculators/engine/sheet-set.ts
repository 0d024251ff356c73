import type { PriceService, PriceSheet } from '@shared/content/price-sheet-schema'
import { applyOverrides } from '../model/sheet-rates'

// The price sheets a calculator can use, with the learner's overrides applied or not. Each service's sheets are
// listed with the one the course teaches first, then by date, so the default model is always the first.

export interface SheetSet {
  byId: ReadonlyMap<string, PriceSheet>
  /** Sheets whose overrides could not be applied (an override the sheet refuses), with the reason. */
  problems: Record<string, string>
}

/** A set of sheets, each with its overrides applied (when given). */
export function makeSheetSet(
  sheets: readonly PriceSheet[],
  overrides: Readonly<Record<string, Record<string, number>>> = {},
): SheetSet {
  const byId = new Map<string, PriceSheet>()
  const problems: Record<string, string> = {}
  for (const sheet of sheets) {
    const applied = applyOverrides(sheet, overrides[sheet.id] ?? {})
    if (applied.ok) byId.set(sheet.id, applied.sheet)
    else {
      byId.set(sheet.id, sheet)
      problems[sheet.id] = Object.values(applied.errors).join(' ')
    }
  }
  return { byId, problems }
}

/** A service's sheets: the taught model first, then by effective date. */
export function sheetsOf(set: SheetSet, service: PriceService): PriceSheet[] {
  return [...set.byId.values()]
    .filter((s) => s.service === service)
    .sort(
      (a, b) =>
        Number(b.taughtByCourse) - Number(a.taughtByCourse) ||
        a.effectiveFrom.localeCompare(b.effectiveFrom) ||
        a.id.localeCompare(b.id),
    )
}

/** The sheet with this id if it belongs to the service, else the service's default (taught) sheet. */
export function pickSheet(
  set: SheetSet,
  service: PriceService,
  sheetId: string | undefined,
): PriceSheet | undefined {
  const found = sheetId === undefined ? undefined : set.byId.get(sheetId)
  return found !== undefined && found.service === service ? found : sheetsOf(set, service)[0]
}

/** True when a sheet's prices are still in force (it has no end date, or one after `today`). */
export function isCurrentSheet(sheet: PriceSheet, today: string): boolean {
  return sheet.effectiveTo === undefined || sheet.effectiveTo > today
}
