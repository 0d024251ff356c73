import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createAppCore, type AppCoreOptions } from '../../../../../electron/core/app-core'
import { listBackups, verifyDatabaseFile } from '../../../../../electron/core/db/backup'
import { migrationsDir, onCleanup, resourcesDir, root, tempDir } from '../../../helpers'

const options = (dataDir: string): AppCoreOptions => ({ dataDir, resourcesDir, migrationsDir, mode: 'browser', version: 't' })
const open = (dataDir: string) => {
  const core = createAppCore(options(dataDir))
  onCleanup(() => core.close())
  return core
}

/** Every row of every user table, for comparing two databases. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]))
  } finally {
    db.close()
  }
}

/** A data folder with some progress and one verified backup of it; the core is closed cleanly. */
async function folderWithBackup(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = tempDir()
  const core = createAppCore(options(dataDir))
  core.services.notes.setRead('s3-overview', true)
  core.services.notes.setRead('kinesis-data-streams', true)
  core.services.settings.update({ theme: 'dark' })
  const b = await core.services.data.create('manual')
  core.services.notes.setRead('data-firehose', true)
  core.close()
  return { dataDir, backup: path.join(dataDir, 'backups', b.name) }
}

describe('the progress store’s safety settings', () => {
  it('runs on SQLite 3.51.3 or later, in WAL with synchronous=FULL, foreign keys and a busy timeout', () => {
    const core = open(tempDir())
    const [major, minor, patch] = (core.db.prepare('SELECT sqlite_version()').pluck().get() as string).split('.').map(Number)
    expect(major! * 1e6 + minor! * 1e3 + patch!).toBeGreaterThanOrEqual(3_051_003)
    const check = core.services.data.check()
    expect(check).toMatchObject({ ok: true, journalMode: 'wal', synchronous: 'FULL', readOnly: false })
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(core.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
  })
})

describe('backups and restore', () => {
  it('writes verified backups and restores one so the database equals it', async () => {
    const { dataDir, backup } = await folderWithBackup()
    expect(verifyDatabaseFile(backup)).toBe(true)
    const core = open(dataDir)
    expect(core.services.notes.get('data-firehose').read).toBe(true)
    const result = await core.services.data.restore(path.basename(backup))
    expect(result.safetyBackup).toMatch(/before-restore/)
    expect(core.services.notes.get('data-firehose').read).toBe(false)
    expect(core.services.notes.get('s3-overview').read).toBe(true)
    // The live database is locked to its one connection; compare it once the app has closed it.
    core.close()
    expect(dump(path.join(dataDir, 'progress.db'))).toEqual(dump(backup))
    // The state before the restore was itself kept.
    const safety = listBackups(path.join(dataDir, 'backups')).find((b) => b.name === result.safetyBackup)!
    expect(dump(safety.file).note_reads).toHaveLength(3)
  })

  it('refuses to restore a backup that does not exist or is damaged', async () => {
    const { dataDir, backup } = await folderWithBackup()
    const core = open(dataDir)
    await expect(core.services.data.restore('progress-20200101-000000000-manual.db')).rejects.toThrow(/no backup named/)
    fs.writeFileSync(backup, 'broken')
    await expect(core.services.data.restore(path.basename(backup))).rejects.toThrow(/damaged/)
    expect(core.services.notes.get('data-firehose').read).toBe(true)
  })

  it('never leaves a partial file under a final name when killed during backups', async () => {
    const dataDir = tempDir()
    const core = createAppCore(options(dataDir))
    for (let i = 0; i < 200; i++) core.services.settings.update({ fontScale: 1 + (i % 5) / 10 })
    core.close()
    const dir = path.join(dataDir, 'backups')
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/unit/fixtures/backup-worker.ts'), path.join(dataDir, 'progress.db'), dir], { cwd: root })
      await new Promise<void>((resolve) => {
        let lines = 0
        child.stdout.on('data', (c: Buffer) => {
          lines += c.toString().split('\n').length - 1
          if (lines >= 1 + round) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 15))
        })
        child.on('exit', () => resolve())
      })
    }
    const finals = listBackups(dir)
    expect(finals.length).toBeGreaterThan(0)
    for (const b of finals) expect(verifyDatabaseFile(b.file), b.name).toBe(true)
    // The next start clears the leftovers of interrupted backups.
    open(dataDir)
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
  }, 120_000)
})

describe('a damaged database', () => {
  const damages: [string, (file: string, seed: number) => void][] = [
    ['random bytes flipped', (file, seed) => {
      const buf = fs.readFileSync(file)
      let s = seed
      for (let i = 0; i < 64; i++) {
        s = (s * 1103515245 + 12345) % 2147483648
        const at = s % Math.min(buf.length, 4096)
        buf[at] = buf[at]! ^ 0xff
      }
      fs.writeFileSync(file, buf)
    }],
    ['file truncated', (file, seed) => fs.truncateSync(file, 50 + (seed % 5) * 300)],
    ['file replaced with garbage', (file, seed) => fs.writeFileSync(file, Buffer.alloc(8192, seed % 251))],
  ]

  for (const [name, damage] of damages) {
    it(`(${name}) never crashes the app, keeps the damaged file aside byte for byte, and offers the newest backup`, async () => {
      for (let seed = 1; seed <= 4; seed++) {
        const { dataDir, backup } = await folderWithBackup()
        const file = path.join(dataDir, 'progress.db')
        damage(file, seed)
        const damaged = fs.readFileSync(file)
        const core = open(dataDir)
        const aside = fs.readdirSync(dataDir).find((f) => /^progress\.db\.damaged-[^.]+$/.test(f.replace(/-(wal|shm)$/, '')) && !/-(wal|shm)$/.test(f))
        if (aside) {
          expect(fs.readFileSync(path.join(dataDir, aside)).equals(damaged)).toBe(true)
          expect(core.notices.join(' ')).toMatch(/kept aside/)
          const offer = core.services.data.check().repairWith
          expect(offer?.name).toBe(path.basename(backup))
          await core.services.data.restore(offer!.name)
          core.close()
          expect(dump(file)).toEqual(dump(backup))
        } else {
          // Damage SQLite could not see (in unused space): the database still passes every check.
          expect(core.services.data.check().ok).toBe(true)
        }
      }
    }, 120_000)
  }

  it('survives its WAL being deleted after a crash, losing at most the unchecked-in commits', async () => {
    const dataDir = tempDir()
    const core = createAppCore(options(dataDir))
    core.services.notes.setRead('s3-overview', true)
    // A crash: the connection is dropped without closing, the WAL and the open marker stay behind.
    fs.copyFileSync(path.join(dataDir, 'progress.db'), path.join(dataDir, 'crash-copy.db'))
    core.close()
    fs.copyFileSync(path.join(dataDir, 'crash-copy.db'), path.join(dataDir, 'progress.db'))
    fs.writeFileSync(path.join(dataDir, 'progress.db.open'), '1')
    fs.rmSync(path.join(dataDir, 'progress.db-wal'), { force: true })
    const again = open(dataDir)
    expect(again.services.data.check().ok).toBe(true)
    again.services.notes.setRead('kinesis-data-streams', true)
    expect(again.services.notes.get('kinesis-data-streams').read).toBe(true)
  })
})

describe('a database from a newer version of the app', () => {
  it('opens read-only with a clear message, and a write is refused without changing the file', () => {
    const dataDir = tempDir()
    const first = createAppCore(options(dataDir))
    first.services.notes.setRead('s3-overview', true)
    first.close()
    const file = path.join(dataDir, 'progress.db')
    const db = new Database(file)
    db.pragma('user_version = 99')
    db.close()
    const before = fs.readFileSync(file)
    const core = open(dataDir)
    expect(core.notices.join(' ')).toMatch(/newer version of MLS Companion.*read-only/)
    expect(core.services.notes.get('s3-overview').read).toBe(true)
    return core.dispatch('notes:setRead', { id: 'kinesis-data-streams', read: true }).then((r) => {
      expect(r).toMatchObject({ ok: false, error: { code: 'db_too_new' } })
      core.close()
      expect(fs.readFileSync(file).equals(before)).toBe(true)
    })
  })
})

describe('migrations', () => {
  it('are preceded by a backup of the old database', () => {
    const dataDir = tempDir()
    const file = path.join(dataDir, 'progress.db')
    const db = new Database(file)
    db.exec(fs.readFileSync(path.join(migrationsDir, '0001_init.sql'), 'utf8'))
    db.pragma('user_version = 1')
    db.prepare("INSERT INTO note_reads VALUES ('s3-overview', '2026-01-01')").run()
    db.close()
    const migrations = fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.sql'))
    open(dataDir)
    const backups = listBackups(path.join(dataDir, 'backups'))
    if (migrations.length > 1) {
      expect(backups.map((b) => b.reason)).toEqual(['before-migration-1'])
      expect(dump(backups[0]!.file).note_reads).toHaveLength(1)
    } else {
      expect(backups).toEqual([])
    }
  })
})
