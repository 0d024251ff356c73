import type Database from 'better-sqlite3'

interface OverrideRow {
  sheet_id: string
  rate_key: string
  value: number
}

/** The learner's own prices for price-sheet rates, one row per overridden rate. */
export class PriceOverrideRepository {
  private readonly selectAll
  private readonly selectSheet
  private readonly upsert
  private readonly deleteOne
  private readonly deleteSheet

  constructor(db: Database.Database) {
    this.selectAll = db.prepare<[], OverrideRow>(
      'SELECT sheet_id, rate_key, value FROM price_overrides ORDER BY sheet_id, rate_key',
    )
    this.selectSheet = db.prepare<[string], OverrideRow>(
      'SELECT sheet_id, rate_key, value FROM price_overrides WHERE sheet_id = ? ORDER BY rate_key',
    )
    this.upsert = db.prepare<[string, string, number, string]>(
      `INSERT INTO price_overrides (sheet_id, rate_key, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(sheet_id, rate_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    this.deleteOne = db.prepare<[string, string]>(
      'DELETE FROM price_overrides WHERE sheet_id = ? AND rate_key = ?',
    )
    this.deleteSheet = db.prepare<[string]>('DELETE FROM price_overrides WHERE sheet_id = ?')
  }

  /** Every override, grouped by sheet: sheet id → rate key → price. */
  all(): Map<string, Record<string, number>> {
    const out = new Map<string, Record<string, number>>()
    for (const row of this.selectAll.all()) {
      const sheet = out.get(row.sheet_id) ?? {}
      sheet[row.rate_key] = row.value
      out.set(row.sheet_id, sheet)
    }
    return out
  }

  /** One sheet's overrides: rate key → price. */
  forSheet(sheetId: string): Record<string, number> {
    return Object.fromEntries(this.selectSheet.all(sheetId).map((r) => [r.rate_key, r.value]))
  }

  /** Sets (or replaces) the learner's price for one rate. */
  set(sheetId: string, rateKey: string, value: number, now: Date): void {
    this.upsert.run(sheetId, rateKey, value, now.toISOString())
  }

  /** Removes one rate's override, or every override of the sheet when no rate is given. */
  reset(sheetId: string, rateKey?: string): void {
    if (rateKey === undefined) this.deleteSheet.run(sheetId)
    else this.deleteOne.run(sheetId, rateKey)
  }
}
