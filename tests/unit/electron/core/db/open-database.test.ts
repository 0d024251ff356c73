import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { loadMigrations, migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { openProgressDatabase } from '../../../../../electron/core/db/open-database'
import { migrationsDir, onCleanup, tempDir } from '../../../helpers'

const open = (file: string) => {
  const opened = openProgressDatabase(file, { migrationsDir, now: () => new Date('2026-01-02T03:04:05Z') })
  onCleanup(() => opened.db.open && opened.db.close())
  return opened
}

describe('the progress database', () => {
  it('is created with WAL, synchronous=FULL, foreign keys and every migration applied', () => {
    const { db } = open(path.join(tempDir(), 'progress.db'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
    expect(schemaVersion(db)).toBe(loadMigrations(migrationsDir).at(-1)!.version)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['settings', 'note_reads']))
  })

  it('migrates from every earlier version to the latest, keeping data', () => {
    const migrations = loadMigrations(migrationsDir)
    for (const { version: v } of migrations) {
      const file = path.join(tempDir(), 'progress.db')
      const db = new Database(file)
      migrate(db, migrations.filter((m) => m.version <= v))
      db.prepare("INSERT INTO note_reads (note_id, read_at) VALUES ('s3-overview', '2026-01-01T00:00:00.000Z')").run()
      db.close()
      const opened = open(file)
      expect(schemaVersion(opened.db)).toBe(migrations.at(-1)!.version)
      expect(opened.migratedFrom).toBe(v)
      expect(opened.db.prepare('SELECT note_id FROM note_reads').pluck().all()).toEqual(['s3-overview'])
      opened.db.close()
    }
  })

  it('opens a database newer than the code read-only, says so, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'progress.db')
    const db = new Database(file)
    db.pragma('user_version = 999')
    db.close()
    const before = fs.readFileSync(file)
    const opened = open(file)
    expect(opened.readOnly).toBe(true)
    expect(opened.notices.join(' ')).toMatch(/newer version of MLS Companion.*read-only/)
    expect(() => opened.db.exec('CREATE TABLE x (a)')).toThrow(/readonly/)
    opened.close()
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('runs a full integrity check after an unclean shutdown, and marks a clean one', () => {
    const file = path.join(tempDir(), 'progress.db')
    const first = open(file)
    expect(first.uncleanShutdown).toBe(false)
    expect(fs.existsSync(`${file}.open`)).toBe(true)
    first.close()
    expect(fs.existsSync(`${file}.open`)).toBe(false)
    fs.writeFileSync(`${file}.open`, '123')
    const second = open(file)
    expect(second.uncleanShutdown).toBe(true)
  })

  it('keeps a garbage file aside, byte for byte, and starts a fresh database', () => {
    const dir = tempDir()
    const file = path.join(dir, 'progress.db')
    const garbage = Buffer.from('this is not a database '.repeat(300))
    fs.writeFileSync(file, garbage)
    const opened = open(file)
    expect(opened.notices).toHaveLength(1)
    expect(opened.notices[0]).toMatch(/kept aside as progress\.db\.damaged-2026-01-02T03-04-05-000Z/)
    const aside = path.join(dir, 'progress.db.damaged-2026-01-02T03-04-05-000Z')
    expect(fs.readFileSync(aside).equals(garbage)).toBe(true)
    opened.db.prepare("INSERT INTO note_reads VALUES ('x', 'now')").run()
    expect(opened.db.prepare('SELECT count(*) FROM note_reads').pluck().get()).toBe(1)
  })

  it('gives a second opener of the same folder a clear refusal instead of a second writer', () => {
    const file = path.join(tempDir(), 'progress.db')
    open(file)
    expect(() => openProgressDatabase(file, { migrationsDir })).toThrow(/already using this data folder/)
  })

  it('ships migrations numbered 1, 2, 3, … without gaps, so none can be skipped', () => {
    expect(loadMigrations(migrationsDir).map((m) => m.version)).toEqual(loadMigrations(migrationsDir).map((_, i) => i + 1))
  })

  it('refuses two migration files with the same number', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '0001_a.sql'), 'CREATE TABLE a (x);')
    fs.writeFileSync(path.join(dir, '0001_b.sql'), 'CREATE TABLE b (x);')
    expect(() => loadMigrations(dir)).toThrow(/share the number 1/)
  })

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = new Database(path.join(tempDir(), 'p.db'))
    onCleanup(() => db.close())
    const bad = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE b (x); INSERT INTO nope VALUES (1);' },
    ]
    expect(() => migrate(db, bad)).toThrow()
    expect(schemaVersion(db)).toBe(1)
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0)
  })
})
