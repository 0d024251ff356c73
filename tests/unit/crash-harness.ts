import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'esbuild'

export interface CrashRunResult {
  kills: number
  acknowledged: number
  problems: string[]
}

/** Bundles the review worker once into a plain CommonJS file, so each restart costs only Node's start-up. */
export async function buildReviewWorker(root: string): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-worker-')), 'review-worker.cjs')
  await build({
    entryPoints: [path.join(root, 'tests/unit/fixtures/review-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    external: ['better-sqlite3'],
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'error',
  })
  return out
}

/** Checks the invariants of the practice tables after a crash; returns the problems found. */
export function checkInvariants(file: string, acknowledged: Set<number>): string[] {
  // Opened as the app opens it after a crash (read-write, so SQLite can recover the write-ahead log).
  const db = new Database(file)
  const problems: string[] = []
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const fk = db.pragma('foreign_key_check') as unknown[]
    if (fk.length) problems.push(`${fk.length} foreign-key violations`)
    const hasTables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'card_reviews'").pluck().get()
    if (!hasTables) {
      if (acknowledged.size) problems.push('the practice tables are missing after writes were acknowledged')
      return problems
    }
    const ids = new Set(db.prepare('SELECT id FROM card_reviews').pluck().all() as number[])
    for (const id of acknowledged) if (!ids.has(id)) problems.push(`acknowledged review ${id} is missing`)
    // Every review and its card's state were written in one transaction: the card's row is the last review's
    // state_after, and its repetition count is the number of its reviews.
    const rows = db.prepare('SELECT card_id, reps, due, stability FROM card_states').all() as { card_id: string; reps: number; due: string; stability: number }[]
    const count = db.prepare('SELECT count(*) FROM card_reviews WHERE card_id = ? AND undone_at IS NULL').pluck()
    const last = db.prepare('SELECT state_after FROM card_reviews WHERE card_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck()
    for (const r of rows) {
      const n = count.get(r.card_id) as number
      if (n !== r.reps) problems.push(`card ${r.card_id}: reps ${r.reps} but ${n} reviews`)
      const after = JSON.parse(last.get(r.card_id) as string) as { due: string; stability: number }
      if (after.due !== r.due || after.stability !== r.stability) problems.push(`card ${r.card_id}: state differs from its last review`)
    }
    const orphanReviews = db.prepare('SELECT count(*) FROM card_reviews r WHERE NOT EXISTS (SELECT 1 FROM card_states s WHERE s.card_id = r.card_id)').pluck().get() as number
    if (orphanReviews) problems.push(`${orphanReviews} reviews without a card state`)
  } finally {
    db.close()
  }
  return problems
}

/**
 * Runs the worker again and again on one data folder, killing it with SIGKILL at a random moment after it
 * has acknowledged a few writes, until both targets are reached; checks the invariants after every kill.
 */
export async function crashRun(opts: {
  root: string
  worker: string
  dataDir: string
  kills: number
  writes: number
  seed?: number
}): Promise<CrashRunResult> {
  const acknowledged = new Set<number>()
  const problems: string[] = []
  let kills = 0
  let seed = opts.seed ?? 12345
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const dbFile = path.join(opts.dataDir, 'progress.db')
  while (kills < opts.kills || acknowledged.size < opts.writes) {
    const perRun = Math.max(1, Math.ceil((opts.writes - acknowledged.size) / Math.max(1, opts.kills - kills)))
    const target = 1 + Math.floor(random() * perRun * 2)
    const child = spawn(process.execPath, [opts.worker, opts.dataDir, path.join(opts.root, 'resources'), path.join(opts.root, 'electron/core/db/migrations'), String(kills + 1)], {
      cwd: opts.root,
      env: { ...process.env, NODE_PATH: path.join(opts.root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    await new Promise<void>((resolve) => {
      let seen = 0
      let buffer = ''
      child.stdout.on('data', (c: Buffer) => {
        buffer += c.toString()
        const lines = buffer.split('\n')
        buffer = lines.pop()!
        for (const line of lines) {
          if (!line.startsWith('ack ')) continue
          acknowledged.add(Number(line.slice(4)))
          // Kill mid-stream: at a random acknowledged write, plus a random sub-millisecond delay.
          if (++seen === target) setImmediate(() => child.kill('SIGKILL'))
        }
      })
      child.on('exit', () => resolve())
    })
    if (stderr.trim()) problems.push(`worker said: ${stderr.trim().slice(0, 300)}`)
    kills++
    if (fs.existsSync(dbFile)) problems.push(...checkInvariants(dbFile, acknowledged))
    if (problems.length) break
  }
  return { kills, acknowledged: acknowledged.size, problems }
}
