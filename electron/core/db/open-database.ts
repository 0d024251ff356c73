import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { backupFileName } from './backup'
import { latestVersion, loadMigrations, migrate, schemaVersion } from './migrate'

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
  /** True when the database is from a newer version of the app and was opened read-only. */
  readOnly: boolean
  /** True when the previous run did not close the database cleanly (a full integrity check was run). */
  uncleanShutdown: boolean
  /** The damaged file kept aside at this start, if any. */
  damagedFile: string | null
  /** Closes the connection and records a clean shutdown. */
  close(): void
}

/** A file that exists while the app has the database open; found at start-up, it means the last run crashed. */
export const openMarker = (file: string) => `${file}.open`

const corruptCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN'])

/** Opens (creating if needed) the progress store: WAL, synchronous=FULL, foreign keys, migrations applied. */
export function openProgressDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const migrations = loadMigrations(options.migrationsDir)
  const notices: string[] = []
  const marker = openMarker(file)
  const uncleanShutdown = fs.existsSync(marker) && fs.existsSync(file)
  let damagedFile: string | null = null
  let db: Database.Database
  try {
    db = connect(file, options, latestVersion(migrations), uncleanShutdown)
  } catch (err) {
    if (!isCorruption(err)) throw err
    damagedFile = moveAside(file, (options.now ?? (() => new Date()))())
    notices.push(
      `Your progress database could not be read, so it was kept aside as ${path.basename(damagedFile)} and a new one was started. Nothing was deleted. You can restore your newest backup in Settings → Data.`,
    )
    db = connect(file, options, latestVersion(migrations), false)
  }
  const version = schemaVersion(db)
  if (version > latestVersion(migrations)) {
    notices.push(
      `Your progress database is from a newer version of MLS Companion (schema ${version}; this version knows ${latestVersion(migrations)}). It is open read-only: you can study, but nothing new is saved until you update the app.`,
    )
    return { db, file, notices, migratedFrom: version, readOnly: true, uncleanShutdown, damagedFile, close: () => db.close() }
  }
  try {
    if (version > 0 && version < latestVersion(migrations)) backupBeforeMigration(db, file, version, options.now?.() ?? new Date())
    const { from } = migrate(db, migrations)
    fs.writeFileSync(marker, String(process.pid))
    const close = () => {
      db.close()
      fs.rmSync(marker, { force: true })
    }
    return { db, file, notices, migratedFrom: from, readOnly: false, uncleanShutdown, damagedFile, close }
  } catch (err) {
    db.close()
    throw err
  }
}

/** Copies the database before a migration changes it (VACUUM INTO: a consistent copy, written then renamed). */
function backupBeforeMigration(db: Database.Database, file: string, version: number, at: Date): void {
  const dir = path.join(path.dirname(file), 'backups')
  fs.mkdirSync(dir, { recursive: true })
  const final = path.join(dir, backupFileName(at, `before-migration-${version}`))
  const temp = path.join(dir, `.${path.basename(final)}.partial`)
  fs.rmSync(temp, { force: true })
  db.prepare('VACUUM INTO ?').run(temp)
  fs.renameSync(temp, final)
}

function connect(file: string, options: OpenDatabaseOptions, latest: number, fullCheck: boolean): Database.Database {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  let db = new Database(file, binding)
  try {
    db.pragma('busy_timeout = 2000')
    // Read the version before anything writes to the file, so a newer database is left exactly as it was.
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > latest) {
      db.close()
      db = new Database(file, { ...binding, readonly: true, fileMustExist: true })
      return db
    }
    db.pragma('journal_mode = WAL')
    // better-sqlite3 leaves WAL at synchronous=NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // One writing connection per data folder: a second app on the same folder is refused, not interleaved.
    db.pragma('locking_mode = EXCLUSIVE')
    // A quick check at every start; the full integrity check after a crash.
    const check = db.pragma(fullCheck ? 'integrity_check' : 'quick_check', { simple: true })
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
