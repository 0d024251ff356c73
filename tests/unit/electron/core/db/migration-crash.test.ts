import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { migrationsDir, root, tempDir } from '../../../helpers'

describe('a crash during a migration', () => {
  it('leaves the database at the old version with its data, or at the new one with its schema complete', async () => {
    const worker = path.join(tempDir('mlsc-mw-'), 'migrate-worker.cjs')
    await build({ entryPoints: [path.join(root, 'tests/unit/fixtures/migrate-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: worker, external: ['better-sqlite3'], logLevel: 'error' })
    // The shipped first migration, then a long one: a table filled with 300,000 rows and an index over it.
    const dir = tempDir('mlsc-migrations-')
    fs.copyFileSync(path.join(migrationsDir, '0001_init.sql'), path.join(dir, '0001_init.sql'))
    fs.writeFileSync(
      path.join(dir, '0002_long.sql'),
      `CREATE TABLE big (n INTEGER NOT NULL, label TEXT NOT NULL) STRICT;
       WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300000) INSERT INTO big SELECT n, 'row ' || n FROM c;
       CREATE INDEX big_label ON big (label);`,
    )
    const outcomes = { old: 0, new: 0 }
    for (let round = 0; round < 8; round++) {
      const file = path.join(tempDir(), 'progress.db')
      const db = new Database(file)
      db.exec(fs.readFileSync(path.join(dir, '0001_init.sql'), 'utf8'))
      db.pragma('user_version = 1')
      db.prepare("INSERT INTO note_reads VALUES ('s3-overview', '2026-01-01T00:00:00.000Z')").run()
      db.close()
      const child = spawn(process.execPath, [worker, file, dir], { cwd: root, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } })
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (c: Buffer) => {
          if (c.toString().includes('start')) setTimeout(() => child.kill('SIGKILL'), 20 + round * 60)
        })
        child.on('exit', () => resolve())
      })
      const after = new Database(file)
      try {
        expect(after.pragma('integrity_check', { simple: true })).toBe('ok')
        const version = after.pragma('user_version', { simple: true })
        const hasBig = after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'big'").pluck().get()
        expect(after.prepare('SELECT note_id FROM note_reads').pluck().all()).toEqual(['s3-overview'])
        if (version === 1) {
          expect(hasBig).toBe(0)
          outcomes.old++
        } else {
          expect(version).toBe(2)
          expect(after.prepare('SELECT count(*) FROM big').pluck().get()).toBe(300000)
          expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'big_label'").pluck().get()).toBe(1)
          outcomes.new++
        }
      } finally {
        after.close()
      }
    }
    expect(outcomes.old + outcomes.new).toBe(8)
  }, 300_000)
})
