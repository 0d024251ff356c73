import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import type { BackupInfo, DatabaseCheck } from '../../shared/contracts/data'
import { AppError } from '../../shared/errors'
import { backupDatabase, listBackups, removePartialBackups, verifyDatabaseFile } from '../db/backup'
import { backupsToKeep } from '../db/backup-retention'
import type { Migration } from '../db/migrate'
import { restoreInto } from '../db/restore'

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000
export const KEEP_OTHER_BACKUPS = 10

interface Deps {
  db: Database.Database
  dataDir: string
  migrations: Migration[]
  now: () => Date
  readOnly: boolean
}

/** Backups (automatic, manual, before destructive operations), restore, and the "Check database" command. */
export class DataSafetyService {
  private readonly dir: string
  private changesAtLastBackup = -1
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(private readonly deps: Deps) {
    this.dir = path.join(deps.dataDir, 'backups')
    removePartialBackups(this.dir)
  }

  /** The backups on disk, newest first. */
  list(): BackupInfo[] {
    return listBackups(this.dir).map((b) => ({ name: b.name, at: b.at.toISOString(), reason: b.reason, bytes: b.bytes }))
  }

  /** Takes a backup now and prunes old ones by the retention rules. */
  async create(reason = 'manual', prune = true): Promise<BackupInfo> {
    const b = await backupDatabase(this.deps.db, this.dir, this.deps.now(), reason)
    this.changesAtLastBackup = this.totalChanges()
    if (prune) this.prune()
    return { name: b.name, at: b.at.toISOString(), reason: b.reason, bytes: b.bytes }
  }

  /** Restores a backup into the live database, after backing up the current state first. */
  async restore(name: string): Promise<{ restored: string; safetyBackup: string }> {
    this.writable()
    const backup = listBackups(this.dir).find((b) => b.name === name)
    if (!backup) throw new AppError('not_found', `There is no backup named "${name}".`, 'name')
    // Pruning waits until the restore is done, so it cannot remove the backup being restored.
    const safety = await this.create('before-restore', false)
    restoreInto(this.deps.db, backup.file, this.deps.migrations, path.join(this.dir, '.restore.partial'))
    this.prune()
    return { restored: name, safetyBackup: safety.name }
  }

  /** The newest backup that passes its integrity check, if any. */
  newestValid(): BackupInfo | null {
    const b = listBackups(this.dir).find((x) => verifyDatabaseFile(x.file))
    return b ? { name: b.name, at: b.at.toISOString(), reason: b.reason, bytes: b.bytes } : null
  }

  /** Runs the database checks and reports them, with the backup that could repair a failure. */
  check(): DatabaseCheck {
    const db = this.deps.db
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length
    return {
      ok: integrity === 'ok' && foreignKeyViolations === 0,
      integrity,
      foreignKeyViolations,
      sqliteVersion: db.prepare('SELECT sqlite_version()').pluck().get() as string,
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      synchronous: db.pragma('synchronous', { simple: true }) === 2 ? 'FULL' : String(db.pragma('synchronous', { simple: true })),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      sizeBytes: (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number),
      readOnly: this.deps.readOnly,
      backups: listBackups(this.dir).length,
      repairWith: this.newestValid(),
    }
  }

  /** Every 30 minutes of use: a backup, when something changed since the last one. */
  startSchedule(intervalMs = BACKUP_INTERVAL_MS): void {
    if (this.timer || this.deps.readOnly) return
    this.timer = setInterval(() => {
      if (this.totalChanges() !== this.changesAtLastBackup) void this.create('auto').catch(() => undefined)
    }, intervalMs)
    this.timer.unref?.()
  }

  /** Stops the schedule. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /**
   * Deletes the backups the retention rules no longer keep: automatic backups by the daily/weekly/monthly
   * rules; manual ones and those taken before a destructive operation, beyond their ten newest.
   */
  prune(): string[] {
    const all = listBackups(this.dir)
    const auto = all.filter((b) => b.reason === 'auto')
    const keep = new Set([...backupsToKeep(auto), ...all.filter((b) => b.reason !== 'auto').slice(0, KEEP_OTHER_BACKUPS).map((b) => b.name)])
    const removed = all.filter((b) => !keep.has(b.name))
    for (const b of removed) fs.rmSync(b.file, { force: true })
    return removed.map((b) => b.name)
  }

  private totalChanges(): number {
    return this.deps.db.prepare('SELECT total_changes()').pluck().get() as number
  }

  private writable(): void {
    if (this.deps.readOnly) throw new AppError('db_too_new', 'This database is from a newer version of MLS Companion and is open read-only.')
  }
}
