import fs from 'node:fs'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { latestVersion, migrate, schemaVersion, type Migration } from './migrate'
import { verifyDatabaseFile } from './backup'

/** The user tables of a database, in creation order. */
function userTables(db: Database.Database, schema = 'main'): string[] {
  return db
    .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
    .pluck()
    .all() as string[]
}

/**
 * Replaces every row of the live database with the rows of a backup, in one transaction on the one open
 * connection (no second writer, no reconnect). A backup from an older schema is migrated first, on a copy.
 */
export function restoreInto(db: Database.Database, backupFile: string, migrations: Migration[], tempFile: string): void {
  if (!verifyDatabaseFile(backupFile)) throw new AppError('validation', 'That backup is damaged and cannot be restored.', 'name')
  fs.copyFileSync(backupFile, tempFile)
  try {
    const copy = new Database(tempFile)
    try {
      if (schemaVersion(copy) > latestVersion(migrations)) throw new AppError('db_too_new', 'That backup is from a newer version of MLS Companion.')
      migrate(copy, migrations)
    } finally {
      copy.close()
    }
    db.prepare('ATTACH DATABASE ? AS restore_source').run(tempFile)
    try {
      db.transaction(() => {
        // Foreign keys are checked once, at commit, when every table holds the backup's rows.
        db.pragma('defer_foreign_keys = ON')
        const tables = userTables(db)
        for (const t of [...tables].reverse()) db.exec(`DELETE FROM main."${t}"`)
        for (const t of tables) db.exec(`INSERT INTO main."${t}" SELECT * FROM restore_source."${t}"`)
        const hasSeq = db.prepare("SELECT count(*) FROM main.sqlite_master WHERE name = 'sqlite_sequence'").pluck().get()
        if (hasSeq) {
          db.exec('DELETE FROM main.sqlite_sequence')
          db.exec('INSERT INTO main.sqlite_sequence SELECT * FROM restore_source.sqlite_sequence')
        }
      })()
    } finally {
      db.exec('DETACH DATABASE restore_source')
    }
  } finally {
    fs.rmSync(tempFile, { force: true })
  }
}
