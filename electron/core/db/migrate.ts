import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

export interface Migration {
  version: number
  name: string
  sql: string
}

const fileName = /^(\d{4})_([a-z0-9_]+)\.sql$/

/** Reads the numbered migration files of a folder, in order; each number may appear only once. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => fileName.test(f))
    .sort()
    .map((f) => {
      const m = fileName.exec(f)!
      return { version: Number(m[1]), name: m[2]!, sql: fs.readFileSync(path.join(dir, f), 'utf8') }
    })
  migrations.forEach((m, i) => {
    if (i > 0 && m.version === migrations[i - 1]!.version) throw new Error(`Two migrations share the number ${m.version}`)
  })
  return migrations
}

/** The schema version a database file is at. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** The schema version the newest migration brings a database to. */
export function latestVersion(migrations: Migration[]): number {
  return migrations.at(-1)?.version ?? 0
}

/** Applies every migration newer than the database, each in its own transaction that also sets user_version. */
export function migrate(db: Database.Database, migrations: Migration[]): { from: number; to: number } {
  const from = schemaVersion(db)
  const latest = latestVersion(migrations)
  if (from > latest) {
    throw new AppError(
      'db_too_new',
      `Your progress database is from a newer version of MLS Companion (schema ${from}; this version knows ${latest}). Update the app to open it; the file was left untouched.`,
    )
  }
  for (const m of migrations.filter((x) => x.version > from)) {
    // user_version is set inside the same transaction, so a crash leaves the old version or the new one.
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return { from, to: latest }
}
