import type Database from 'better-sqlite3'

/** Key/value settings, each value stored as JSON. */
export class SettingsRepository {
  private readonly selectAll
  private readonly upsert

  constructor(private readonly db: Database.Database) {
    this.selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
    this.upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
  }

  /** Every stored setting, parsed; values that are not valid JSON are left out. */
  all(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const row of this.selectAll.all()) {
      try {
        out[row.key] = JSON.parse(row.value)
      } catch {
        // A hand-edited or damaged value falls back to its default rather than breaking start-up.
      }
    }
    return out
  }

  /** Stores several settings in one transaction. */
  setMany(values: Record<string, unknown>, now: Date): void {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) this.upsert.run(key, JSON.stringify(value), now.toISOString())
    })()
  }
}
