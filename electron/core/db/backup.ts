import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

export interface BackupFile {
  name: string
  file: string
  at: Date
  reason: string
  bytes: number
}

const backupName = /^progress-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-([a-z0-9-]+)\.db$/

/** The file name of a backup taken at a time for a reason (sortable, and parsed back by listBackups). */
export function backupFileName(at: Date, reason: string): string {
  const iso = at.toISOString().replace(/[-:T.Z]/g, '')
  return `progress-${iso.slice(0, 8)}-${iso.slice(8, 17)}-${reason}.db`
}

/** The complete backups in a folder, newest first (temporary files of unfinished backups are not listed). */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = backupName.exec(name)
      if (!m) return []
      const [, y, mo, d, h, mi, s, ms, reason] = m
      const at = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!))
      const file = path.join(dir, name)
      return [{ name, file, at, reason: reason!, bytes: fs.statSync(file).size }]
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime())
}

/** Checks that a file is a sound SQLite database (integrity and foreign keys). */
export function verifyDatabaseFile(file: string): boolean {
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    return db.pragma('integrity_check', { simple: true }) === 'ok' && (db.pragma('foreign_key_check') as unknown[]).length === 0
  } catch {
    return false
  } finally {
    db?.close()
  }
}

/** Flushes a file's contents (and its folder's entry) to the disk. */
function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Backs the live database up through SQLite's online backup API into a temporary file, verifies the copy,
 * and only then renames it to its final name: a crash mid-backup leaves no partial file under a final name.
 */
export async function backupDatabase(db: Database.Database, dir: string, at: Date, reason: string): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true })
  const name = backupFileName(at, reason)
  const final = path.join(dir, name)
  const temp = path.join(dir, `.${name}.partial`)
  fs.rmSync(temp, { force: true })
  await db.backup(temp)
  if (!verifyDatabaseFile(temp)) {
    fs.rmSync(temp, { force: true })
    throw new Error('The backup copy did not pass its integrity check; the previous backups are unchanged.')
  }
  fsyncFile(temp)
  fs.renameSync(temp, final)
  return { name, file: final, at, reason, bytes: fs.statSync(final).size }
}

/** Removes leftovers of backups that were interrupted (temporary files only). */
export function removePartialBackups(dir: string): void {
  if (!fs.existsSync(dir)) return
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.partial')) fs.rmSync(path.join(dir, f), { force: true })
}
