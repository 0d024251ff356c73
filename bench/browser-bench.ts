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

/**
 * In the page, from its navigation start: the first frame in which `condition` holds, plus the frame after it
 * (so that one has been painted), as `window.__readyAt`.
 */
const readyScript = (condition: string) => `(() => {
  const poll = () => {
    if (${condition}) requestAnimationFrame(() => { window.__readyAt = performance.now() })
    else requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
})()`

/**
 * Server start → first note rendered and interactive, cold (a new server and an empty browser cache) and warm
 * (a reload, timed in the page from its navigation start), against a blank page served the same way. Chromium
 * itself is launched before the clock starts: its own start is not the app's.
 */
export async function benchStartup(runs = 5): Promise<Figure[]> {
  const blank = await blankDir()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
  const measure = async (dir: string | undefined, condition: string, target: string) => {
    const cold: number[] = []
    const warm: number[] = []
    const ready = (page: import('@playwright/test').Page) => page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, undefined, { polling: 'raf', timeout: 30_000 })
    for (let i = 0; i < runs; i++) {
      const server = await startServer(dir)
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.addInitScript(readyScript(condition))
      await page.goto(server.url)
      await page.goto(server.origin + target)
      await ready(page)
      cold.push(msSince(server.startedAt))
      await page.reload()
      await ready(page)
      warm.push((await page.evaluate('window.__readyAt')) as number)
      await context.close()
      server.child.kill('SIGTERM')
    }
    return { cold, warm }
  }
  const noteReady = `(() => {
    const main = document.querySelector('main')
    return main?.querySelector('h1')?.textContent?.trim() === 'Kinesis Data Streams' &&
      [...main.querySelectorAll('button')].some((b) => /Mark as read|Read/.test(b.textContent))
  })()`
  const floor = await measure(blank, "document.getElementById('ready') !== null", '/')
  const app = await measure(undefined, noteReady, '/#/notes/kinesis-data-streams')
  await browser.close()
  const f = (name: string, s: number[]) => figure(name, s)
  const floorCold = f('blank Vite + Vue page, cold', floor.cold)
  const floorWarm = f('blank Vite + Vue page, warm', floor.warm)
  return [
    figure('start-up to first note (cold)', app.cold, { floor: { name: floorCold.name, median: floorCold.median, p95: floorCold.p95 }, ratioBudget: 1.5, budgetOn: 'median' }),
    figure('start-up to first note (warm)', app.warm, { floor: { name: floorWarm.name, median: floorWarm.median, p95: floorWarm.p95 }, ratioBudget: 1.5, budgetOn: 'median' }),
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
  // Each step is timed inside the page, from the change of address to the first frame that shows the new
  // page's own heading and working parts with no spinner left (its data loaded), plus the frame after it (so
  // that one has been painted). Timing in the page keeps Playwright's round trips out of the figure.
  const steps: [name: string, hash: string, heading: string, selector: string][] = [
    ['notes', '#/notes/kinesis-data-streams', 'Kinesis Data Streams', 'article button'],
    ['dashboard', '#/dashboard', 'Dashboard', 'canvas'],
    ['diagram', '#/diagrams/kinesis-family', 'The Kinesis family', 'svg [role="button"]'],
    ['calculator', '#/calculators/athena', 'Athena cost', '.calc-total-label'],
  ]
  const samples = new Map<string, number[]>(steps.map(([n]) => [n, []]))
  for (let r = 0; r < rounds + 1; r++) {
    for (const [name, hash, heading, selector] of steps) {
      // A string, not a function: the script runner's name helpers do not exist in the page.
      const ms = (await page.evaluate(`new Promise((resolve, reject) => {
        const t0 = performance.now()
        const shown = () => {
          const main = document.querySelector('main')
          return main?.querySelector('h1')?.textContent?.trim() === ${JSON.stringify(heading)} &&
            !!main.querySelector(${JSON.stringify(selector)}) && !main.querySelector('.spinner')
        }
        const poll = () => {
          if (performance.now() - t0 > 10000) return reject(new Error(${JSON.stringify(`${heading} did not appear`)}))
          if (shown()) requestAnimationFrame(() => resolve(performance.now() - t0))
          else requestAnimationFrame(poll)
        }
        location.hash = ${JSON.stringify(hash)}
        requestAnimationFrame(poll)
      })`)) as number
      if (r > 0) samples.get(name)!.push(ms)
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
    ...steps.map(([name]) => figure(`route switch → ${name} (warm)`, samples.get(name)!, { budget: 100, budgetOn: 'median' })),
    { name: 'renderer JS heap after the tour', unit: 'MB', median: heap, p95: heap, runs: 1, budget: 60 },
    { name: 'server process RSS after the tour', unit: 'MB', median: rss, p95: rss, runs: 1 },
  ]
}
