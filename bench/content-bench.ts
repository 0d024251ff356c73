import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadContentCached } from '../electron/core/content/content-cache'
import { loadContent } from '../electron/core/content/load-content'
import { MATCH_SQL, SearchRepository } from '../electron/core/repositories/search-repository'
import { bundleIndex, SearchService, toMatchExpression } from '../electron/core/services/search-service'
import { figure, timeRuns, type Figure } from './stats'

/** Reads every file of the bundle and JSON-parses the JSON ones: the floor for loading the bundle. */
function rawParse(dir: string): void {
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else {
        const text = fs.readFileSync(p, 'utf8')
        if (e.name.endsWith('.json')) JSON.parse(text)
      }
    }
  }
  walk(dir)
}

/** Loads, validates and indexes the bundle the way the app does at start-up, with or without a compiled copy. */
function loadAndIndex(dir: string, cacheDir?: string): SearchRepository {
  if (cacheDir) return loadContentCached(dir, { writeDir: cacheDir }).index
  return bundleIndex(loadContent(dir).bundle)
}

/**
 * Content bundle load against reading the same files and JSON-parsing the JSON ones. Two figures: the first
 * start after the bundle changed (parse, validate, render, index: `files`) and every later start, which checks
 * the files' fingerprint and reads the compiled copy (`compiled`).
 */
export function benchContentLoad(dir: string, label = 'shipped bundle', runs = 15): Figure[] {
  const floor = figure('read + JSON.parse', timeRuns(() => rawParse(dir), runs))
  const ref = { name: floor.name, median: floor.median, p95: floor.p95 }
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-bench-cache-'))
  const first = loadContentCached(dir, { writeDir: cacheDir })
  first.index.close()
  if (first.source !== 'files') throw new Error('a fresh cache folder must not hold a compiled bundle')
  const files = figure(`content load, from files (${label})`, timeRuns(() => loadAndIndex(dir).close(), runs, 2), { floor: ref })
  const compiled = figure(`content load (${label})`, timeRuns(() => loadAndIndex(dir, cacheDir).close(), runs, 2), {
    floor: ref,
    budget: label === 'shipped bundle' ? 150 : undefined,
    ratioBudget: 3,
    note: 'fingerprint checked, compiled copy read',
  })
  fs.rmSync(cacheDir, { recursive: true, force: true })
  return [compiled, files]
}

/** Queries drawn from the bundle's own vocabulary: words, phrases, prefixes and typos. */
export function searchQueries(dir: string, count = 1000, seed = 7): string[] {
  const { bundle } = loadContent(dir)
  const words = [...new Set(bundle.notes.flatMap((n) => `${n.title} ${n.summary}`.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 3))]
  let s = seed
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648)
  const pick = () => words[Math.floor(rnd() * words.length)]!
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const kind = i % 4
    if (kind === 0) out.push(pick())
    else if (kind === 1) out.push(`${pick()} ${pick()}`)
    else if (kind === 2) out.push(pick().slice(0, 3 + Math.floor(rnd() * 3)))
    else {
      const w = pick()
      const at = 1 + Math.floor(rnd() * (w.length - 2))
      out.push(w.slice(0, at) + w.slice(at + 1))
    }
  }
  return out
}

/** Search through the service (p50/p95 per query) against the same FTS5 MATCH run directly. */
export function benchSearch(dir: string, label = 'shipped bundle'): Figure {
  const index = loadAndIndex(dir)
  const service = new SearchService(index)
  const queries = searchQueries(dir)
  // The floor: the statements the service issues (every word, then any word if that finds nothing), run directly.
  const raw = index.connection.prepare(MATCH_SQL)
  const direct = (q: string) => {
    const all = toMatchExpression(q, 'all')!
    if (raw.all({ q: all, limit: 20 }).length === 0) raw.all({ q: toMatchExpression(q, 'any')!, limit: 20 })
  }
  const each = (fn: (q: string) => void) => {
    queries.slice(0, 50).forEach(fn)
    return queries.map((q) => {
      const t = process.hrtime.bigint()
      fn(q)
      return Number(process.hrtime.bigint() - t) / 1e6
    })
  }
  const floor = figure('FTS5 MATCH direct', each(direct))
  const through = figure(`search (${label})`, each((q) => service.query(q, 20)), {
    floor: { name: floor.name, median: floor.median, p95: floor.p95 },
    budget: label === 'shipped bundle' ? 5 : undefined,
    ratioBudget: 1.5,
  })
  index.close()
  return through
}
