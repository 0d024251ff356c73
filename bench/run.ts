// `npm run bench`: measures the app against its floors and budgets, prints a table and writes JSON.
// Timings never fail `npm test`; this script is the only place they are taken.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchContentLoad, benchSearch } from './content-bench'
import { meets, type Figure } from './stats'

const root = path.resolve(import.meta.dirname, '..')
const resources = path.join(root, 'resources')
const figures: Figure[] = []

figures.push(benchContentLoad(resources))
figures.push(benchSearch(resources))

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
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
