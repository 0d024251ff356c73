// `npm run bench`: measures the app against its floors and budgets, prints a table and writes JSON.
// Timings never fail `npm test`; this script is the only place they are taken.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchContentLoad, benchSearch } from './content-bench'
import { benchRoutes, benchStartup, initialJsKb } from './browser-bench'
import { benchGrade, benchReadiness } from './history-bench'
import { execFileSync } from 'node:child_process'
import { meets, type Figure } from './stats'
import { syntheticBundle } from './synthetic-bundle'

const root = path.resolve(import.meta.dirname, '..')
const resources = path.join(root, 'resources')
const figures: Figure[] = []

const [load1, loadFiles1] = benchContentLoad(resources)
const search1 = benchSearch(resources)
figures.push(load1!, loadFiles1!, search1)
figures.push(...(await benchGrade()))
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' })
figures.push(initialJsKb())
figures.push(...(await benchStartup()))
figures.push(...(await benchRoutes()))
const readiness1m = await benchReadiness(1_000_000, 10_000, '1M reviews, 10k answers, 2 years')
figures.push(...readiness1m)

// Scale: the same figures on ten times the data; cost should grow at most linearly (10× data ≤ 11× time).
const big = syntheticBundle(resources, path.join(root, 'bench', 'results', 'bundle-10x'), 10)
const [load10, loadFiles10] = benchContentLoad(big, '10× bundle', 5)
const search10 = benchSearch(big, '10× bundle')
const readiness100k = await benchReadiness(100_000, 1_000, '100k reviews, 1k answers, 2 years', 5)
const growth = (name: string, small: Figure, large: Figure): Figure => {
  const r = large.median / small.median
  return { name: `growth ×10: ${name}`, unit: 'x', median: r, p95: r, runs: 1, budget: 11 }
}
figures.push(load10!, loadFiles10!, search10, ...readiness100k)
figures.push(growth('content load', load1!, load10!), growth('content load, from files', loadFiles1!, loadFiles10!), growth('search', search1, search10))
figures.push(growth('readiness model (100k → 1M reviews)', readiness100k[0]!, readiness1m[0]!), growth('dashboard (100k → 1M reviews)', readiness100k[1]!, readiness1m[1]!))
fs.rmSync(big, { recursive: true, force: true })

const fmt = (n: number) => (Number.isNaN(n) ? 'n/a' : (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)))
const rows = figures.map((f) => ({
  figure: f.name,
  median: `${fmt(f.median)} ${f.unit}`,
  p95: `${fmt(f.p95)} ${f.unit}`,
  floor: f.floor ? `${f.floor.name}: ${fmt(f.floor.median)} ${f.unit}` : '',
  ratio: f.floor ? `${(f.median / f.floor.median).toFixed(2)}×` : '',
  budget: [f.budget !== undefined ? `≤ ${f.budget} ${f.unit}` : '', f.ratioBudget ? `≤ ${f.ratioBudget}× floor` : ''].filter(Boolean).join(', '),
  met: meets(f) ? 'yes' : 'NO',
}))
console.table(rows)
const out = path.join(root, 'bench', 'results')
fs.mkdirSync(out, { recursive: true })
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` }
fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2))
console.log(`Figures written to bench/results/latest.json (${machine.cpus} × ${machine.model}, Node ${machine.node}).`)
