import type { PriceSheet } from '../../shared/content/price-sheet-schema'
import { AppError } from '../../shared/errors'
import type { ContentBundle } from '../content/load-content'
import type { PriceOverrideRepository } from '../repositories/price-override-repository'

export interface SheetOverrides {
  sheetId: string
  overrides: Record<string, number>
}

/** The calculators' price sheets as the bundle ships them, and the learner's own prices for their rates. */
export class PriceSheetsService {
  constructor(
    private readonly bundle: ContentBundle,
    private readonly repo: PriceOverrideRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every sheet (by service, then effective date) with the overrides that still match a rate of it. */
  list(): { sheets: PriceSheet[]; overrides: Record<string, Record<string, number>> } {
    const sheets = [...this.bundle.prices.values()].sort(
      (a, b) =>
        a.service.localeCompare(b.service) ||
        a.effectiveFrom.localeCompare(b.effectiveFrom) ||
        a.id.localeCompare(b.id),
    )
    const overrides: Record<string, Record<string, number>> = {}
    for (const [sheetId, rates] of this.repo.all()) {
      const sheet = this.bundle.prices.get(sheetId)
      if (sheet === undefined) continue
      const kept = current(sheet, rates)
      if (Object.keys(kept).length > 0) overrides[sheetId] = kept
    }
    return { sheets, overrides }
  }

  /** One sheet's overrides. */
  overrides(sheetId: string): SheetOverrides {
    const sheet = this.sheet(sheetId)
    return { sheetId, overrides: current(sheet, this.repo.forSheet(sheetId)) }
  }

  /** Sets the learner's price for one rate of a sheet. */
  setOverride(sheetId: string, rate: string, value: number): SheetOverrides {
    const sheet = this.sheet(sheetId)
    if (sheet.rates[rate] === undefined) {
      throw new AppError('validation', `Price sheet ${sheetId} has no rate "${rate}".`, 'rate')
    }
    this.repo.set(sheetId, rate, value, this.now())
    return this.overrides(sheetId)
  }

  /** Restores the sheet's price for one rate, or for every rate of the sheet. */
  resetOverrides(sheetId: string, rate?: string): SheetOverrides {
    this.sheet(sheetId)
    this.repo.reset(sheetId, rate)
    return this.overrides(sheetId)
  }

  private sheet(sheetId: string): PriceSheet {
    const sheet = this.bundle.prices.get(sheetId)
    if (sheet === undefined)
      throw new AppError('not_found', `There is no price sheet "${sheetId}".`, 'sheetId')
    return sheet
  }
}

/** Overrides of rates the sheet still has (a rate dropped by a newer bundle is ignored, not applied). */
function current(sheet: PriceSheet, rates: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(rates).filter(([key]) => sheet.rates[key] !== undefined))
}
