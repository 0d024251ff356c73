import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import { figure, type Figure } from './stats'

const root = path.resolve(import.meta.dirname, '..')
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']

interface Server {
  url: string
  origin: string
  child: ChildProcess
  startedAt: bigint
}

/** Starts browser mode (optionally serving another folder) and resolves once it prints its address. */
function startServer(rendererDir?: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-bench-web-'))
  const startedAt = process.hrtime.bigint()
  const child = spawn(process.execPath, [path.join(root, 'out/server/main.cjs'), '--data-dir', dataDir], {
    env: { ...process.env, ...(rendererDir ? { MLSC_RENDERER_DIR: rendererDir } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out)
      if (m) resolve({ url: m[1]!, origin: new URL(m[1]!).origin, child, startedAt })
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}

const msSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6

/** Builds the blank Vite + Vue page once. */
async function blankDir(): Promise<string> {
  const out = path.join(root, 'bench', 'results', 'blank')
  await build({ root: path.join(root, 'bench', 'blank'), base: './', plugins: [vue()], logLevel: 'warn', build: { outDir: out, emptyOutDir: true } })
  return out
}

/** Server start → first note rendered and interactive, cold (new browser) and warm (reload), against the blank page. */
export async function benchStartup(runs = 5): Promise<Figure[]> {
  const blank = await blankDir()
  const measure = async (dir: string | undefined, ready: (page: import('@playwright/test').Page) => Promise<unknown>, target: string) => {
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < runs; i++) {
      const server = await startServer(dir)
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
      const page = await browser.newPage()
      await page.goto(server.url)
      await page.goto(server.origin + target)
      await ready(page)
      cold.push(msSince(server.startedAt))
      const t = process.hrtime.bigint()
      await page.reload()
      await ready(page)
      warm.push(msSince(t))
      await browser.close()
      server.child.kill('SIGTERM')
    }
    return { cold, warm }
  }
  const noteReady = async (page: import('@playwright/test').Page) => {
    await page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' }).waitFor()
    await page.getByRole('button', { name: /Mark as read|Read/ }).first().waitFor({ state: 'visible' })
  }
  const floor = await measure(blank, (p) => p.locator('#ready').waitFor(), '/')
  const app = await measure(undefined, noteReady, '/#/notes/kinesis-data-streams')
  const f = (name: string, s: number[]) => figure(name, s)
  const floorCold = f('blank Vite + Vue page, cold', floor.cold)
  const floorWarm = f('blank Vite + Vue page, warm', floor.warm)
  return [
    figure('start-up to first note (cold)', app.cold, { floor: { name: floorCold.name, median: floorCold.median, p95: floorCold.p95 }, ratioBudget: 1.5 }),
    figure('start-up to first note (warm)', app.warm, { floor: { name: floorWarm.name, median: floorWarm.median, p95: floorWarm.p95 }, ratioBudget: 1.5 }),
  ]
}

/** The JavaScript the first page loads, gzipped: the entry and what index.html preloads. */
export function initialJsKb(): Figure {
  const dir = path.join(root, 'out', 'renderer')
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const bytes = files.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length, 0)
  const kb = bytes / 1024
  return { name: `initial JavaScript, gzipped (${files.length} files)`, unit: 'KB', median: kb, p95: kb, runs: 1, budget: 300 }
}

/** Route switches (warm): notes → dashboard (charts drawn) → diagram → calculator, and memory after the tour. */
export async function benchRoutes(rounds = 5): Promise<Figure[]> {
  const server = await startServer()
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(server.url)
  // Each step is done when the new page's own heading and its working parts are on screen (never the old page's).
  const shown = (heading: string, selector: string) => () =>
    page.waitForFunction(
      ([h, sel]) => {
        const h1 = document.querySelector('main h1')
        return h1?.textContent?.trim() === h && document.querySelector(`main ${sel}`) !== null
      },
      [heading, selector] as const,
      { polling: 'raf' },
    )
  const steps: [string, string, () => Promise<unknown>][] = [
    ['notes', '/#/notes/kinesis-data-streams', shown('Kinesis Data Streams', 'article button')],
    ['dashboard', '/#/dashboard', shown('Dashboard', 'canvas')],
    ['diagram', '/#/diagrams/kinesis-family', shown('The Kinesis family', 'svg [role="button"]')],
    ['calculator', '/#/calculators/athena', shown('Athena cost', '.calc-total-label')],
  ]
  const samples = new Map<string, number[]>(steps.map(([n]) => [n, []]))
  for (let r = 0; r < rounds + 1; r++) {
    for (const [name, hash, ready] of steps) {
      const t = process.hrtime.bigint()
      await page.evaluate((h) => (location.hash = h.slice(1)), hash)
      await ready()
      if (r > 0) samples.get(name)!.push(msSince(t))
    }
  }
  const heap = await page.evaluate(async () => {
    const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    return m ? m.usedJSHeapSize / 1048576 : NaN
  })
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024
  await browser.close()
  server.child.kill('SIGTERM')
  return [
    ...steps.map(([name]) => figure(`route switch → ${name} (warm)`, samples.get(name)!, { budget: 100 })),
    { name: 'renderer JS heap after the tour', unit: 'MB', median: heap, p95: heap, runs: 1, budget: 60 },
    { name: 'server process RSS after the tour', unit: 'MB', median: rss, p95: rss, runs: 1 },
  ]
}
