import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { loadMigrations, migrate } from './migrate'

export interface OpenDatabaseOptions {
  migrationsDir: string
  /** Path of a better-sqlite3 binary built for another runtime (Electron); Node's own build otherwise. */
  nativeBinding?: string
  now?: () => Date
}

export interface OpenedDatabase {
  db: Database.Database
  file: string
  /** Messages for the learner about what happened while opening (a damaged file kept aside, …). */
  notices: string[]
  migratedFrom: number
}

const corruptCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN'])

/** Opens (creating if needed) the progress store: WAL, synchronous=FULL, foreign keys, migrations applied. */
export function openProgressDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const migrations = loadMigrations(options.migrationsDir)
  const notices: string[] = []
  let db: Database.Database
  try {
    db = connect(file, options, migrations.length)
  } catch (err) {
    if (!isCorruption(err)) throw err
    const aside = moveAside(file, (options.now ?? (() => new Date()))())
    notices.push(
      `Your progress database could not be read, so it was kept aside as ${path.basename(aside)} and a new one was started. Nothing was deleted.`,
    )
    db = connect(file, options, migrations.length)
  }
  try {
    const { from } = migrate(db, migrations)
    return { db, file, notices, migratedFrom: from }
  } catch (err) {
    db.close()
    throw err
  }
}

function connect(file: string, options: OpenDatabaseOptions, latest: number): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    db.pragma('busy_timeout = 2000')
    // Read the version before anything writes to the file, so a newer database is left exactly as it was.
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > latest) {
      throw new AppError(
        'db_too_new',
        `Your progress database is from a newer version of MLS Companion (schema ${version}; this version knows ${latest}). Update the app to open it; the file was left untouched.`,
      )
    }
    db.pragma('journal_mode = WAL')
    // better-sqlite3 leaves WAL at synchronous=NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // One writing connection per data folder: a second app on the same folder is refused, not interleaved.
    db.pragma('locking_mode = EXCLUSIVE')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' })
    db.exec('BEGIN IMMEDIATE; COMMIT')
    return db
  } catch (err) {
    db.close()
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new AppError('conflict', 'Another MLS Companion window or server is already using this data folder. Close it and try again.')
    }
    throw err
  }
}

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && corruptCodes.has(code)
}

/** Renames a damaged database (and its WAL and shared-memory files) out of the way; returns the new name. */
function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const aside = `${file}.damaged-${stamp}`
  fs.renameSync(file, aside)
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix)
  }
  return aside
}
