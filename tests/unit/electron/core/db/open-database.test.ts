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
    expect(schemaVersion(db)).toBe(loadMigrations(migrationsDir).length)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['settings', 'note_reads']))
  })

  it('migrates from every earlier version to the latest, keeping data', () => {
    const migrations = loadMigrations(migrationsDir)
    for (let v = 1; v <= migrations.length; v++) {
      const file = path.join(tempDir(), 'progress.db')
      const db = new Database(file)
      migrate(db, migrations.slice(0, v))
      db.prepare("INSERT INTO note_reads (note_id, read_at) VALUES ('s3-overview', '2026-01-01T00:00:00.000Z')").run()
      db.close()
      const opened = open(file)
      expect(schemaVersion(opened.db)).toBe(migrations.length)
      expect(opened.migratedFrom).toBe(v)
      expect(opened.db.prepare('SELECT note_id FROM note_reads').pluck().all()).toEqual(['s3-overview'])
      opened.db.close()
    }
  })

  it('refuses a database newer than the code and leaves it untouched', () => {
    const file = path.join(tempDir(), 'progress.db')
    const db = new Database(file)
    db.pragma('user_version = 999')
    db.close()
    const before = fs.readFileSync(file)
    expect(() => open(file)).toThrow(/newer version of MLS Companion/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
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

  it('refuses migration files with a gap in their numbers', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '0001_a.sql'), 'CREATE TABLE a (x);')
    fs.writeFileSync(path.join(dir, '0003_c.sql'), 'CREATE TABLE c (x);')
    expect(() => loadMigrations(dir)).toThrow(/expected 2, found 3/)
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
