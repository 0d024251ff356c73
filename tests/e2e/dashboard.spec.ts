import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createAppCore } from '../../electron/core/app-core'
import { seedHistory, type Clock } from '../unit/seed-history'
import { startBrowserApp, type RunningApp } from './browser-app'

const root = path.resolve('.')
const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })
const timeZone = 'America/Los_Angeles'
test.use({ timezoneId: timeZone, viewport: { width: 1280, height: 900 } })
// Seeding six weeks of history through the services takes a while before each test.
test.setTimeout(180_000)

let app: RunningApp
test.afterEach(async () => {
  await app?.stop()
  fs.rmSync(app.dataDir, { recursive: true, force: true })
})

/** Six weeks of study ending yesterday, written through the real services into a fresh data folder. */
function seededDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-dash-'))
  const clock: Clock = { now: new Date(Date.now() - 42 * 86_400_000) }
  const core = createAppCore({
    dataDir,
    resourcesDir: path.join(root, 'resources'),
    migrationsDir: path.join(root, 'electron/core/db/migrations'),
    mode: 'browser',
    version: '0.0.0-e2e',
    now: () => clock.now,
  })
  seedHistory(core, clock, { days: 42, seed: 5, mockEvery: 9, reviewsPerDay: 20, accuracy: [0.45, 0.85] })
  core.close()
  return dataDir
}

function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return errors
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) {
    await page.getByRole('button', { name: /Theme:/ }).click()
    await page.waitForTimeout(100)
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await page.waitForTimeout(500)
}

/** How many charts have something drawn on their canvas. */
async function drawnCharts(page: Page): Promise<number> {
  return page.locator('.echart').evaluateAll(
    (charts) =>
      charts.filter((chart) =>
        Array.from(chart.querySelectorAll('canvas')).some((el) => {
          const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true
          return false
        }),
      ).length,
  )
}

/** A screenshot of the whole dashboard: the viewport grows to the page's height, as the app scrolls inside its main pane. */
async function shoot(page: Page, name: string) {
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('main, .page')).map((e) => e.scrollHeight)),
  )
  await page.setViewportSize({ width: 1280, height: Math.min(height + 40, 6000) })
  await page.waitForTimeout(600)
  await page.screenshot({ path: path.join(shots, name) })
  // The same page in screen-sized parts, to look at closely.
  for (let y = 0, i = 1; y < height; y += 1000, i++) {
    await page.screenshot({
      path: path.join(shots, name.replace('.png', `-part${i}.png`)),
      clip: { x: 0, y, width: 1280, height: Math.min(1000, height + 40 - y) },
    })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

/** The learner's local date, `days` from today, as the date input wants it. */
function localDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone })
}

test('with weeks of history, the dashboard draws its charts, ranks topics, and plans to an exam date', async ({
  page,
}) => {
  const errors = collectErrors(page)
  app = await startBrowserApp(seededDataDir())
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.locator('.summary .big')).toContainText(/Predicted score \d+/, { timeout: 20_000 })
  await expect(page.getByRole('status').filter({ hasText: /Ready|Borderline|Not yet/ })).toBeVisible()

  // Six charts, each drawn: gauge, radar, readiness over time, mock exams, study days, cards due.
  await expect(page.locator('.echart')).toHaveCount(6)
  await expect.poll(() => drawnCharts(page)).toBe(6)
  await expect(page.getByText(/day streak/)).toBeVisible()

  // Every chart has its numbers as a table too.
  const mocks = page.getByRole('region', { name: 'Mock exams' })
  await mocks.getByText('Show as a table').click()
  await expect.poll(() => mocks.getByRole('row').count()).toBeGreaterThanOrEqual(3)
  await expect(mocks.getByRole('cell', { name: /Pass|Below the pass mark/ }).first()).toBeVisible()

  // What to study next links each topic to its notes, cards and a quiz.
  const next = page.getByRole('region', { name: 'What to study next' })
  await expect(next.getByRole('listitem')).toHaveCount(5)
  await expect(next.getByRole('link', { name: /^Quiz on / }).first()).toHaveAttribute(
    'href',
    /#\/practice\/quiz\?topic=/,
  )
  // The reader's code loads on first visit, so the address changes once it has arrived.
  await next
    .getByRole('link', { name: /^(Read|Reread) / })
    .first()
    .click()
  await expect(page).toHaveURL(/#\/notes\/[a-z0-9-]+$/, { timeout: 20_000 })
  await page.goBack()

  // "How is this computed?" opens the formula.
  await page.getByText('How is this computed?').click()
  await expect(page.getByText(/loses half its weight every 30 days/)).toBeVisible()

  // Set an exam date five weeks away: days left, today's goals and the notes to read appear.
  const plan = page.getByRole('region', { name: 'Exam date plan' })
  await plan.getByLabel('Exam date').fill(localDate(35))
  await plan.getByRole('button', { name: 'Save date' }).click()
  await expect(plan.getByText(/35 days/)).toBeVisible()
  await expect(plan.getByRole('progressbar', { name: /Notes to read/ })).toBeVisible()
  await expect(plan.getByRole('heading', { name: 'Read today' })).toBeVisible()
  await plan.getByText('The coming days', { exact: true }).click()
  await expect(plan.getByRole('row')).toHaveCount(22)

  const results = await new AxeBuilder({ page })
    .include('.dashboard')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])

  await setTheme(page, 'light')
  await shoot(page, 'dashboard-light.png')
  await setTheme(page, 'dark')
  await expect.poll(() => drawnCharts(page)).toBe(6)
  await shoot(page, 'dashboard-dark.png')
  expect(errors).toEqual([])
})

test('a new learner sees honest empty states; progress exports, resets and imports back', async ({
  page,
}) => {
  const errors = collectErrors(page)
  app = await startBrowserApp(seededDataDir())
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/dashboard`)
  await expect(page.locator('.summary .big')).toContainText(/Predicted score \d+/, { timeout: 20_000 })
  const before = await page.locator('.summary .big strong').textContent()

  // Export downloads a JSON file.
  const data = page.getByRole('region', { name: 'Your progress data' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: 'Export progress…' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^mls-companion-progress-\d{4}-\d{2}-\d{2}\.json$/)
  const file = path.join(app.dataDir, 'export.json')
  await download.saveAs(file)
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
    format: 'mls-companion-progress',
    version: 1,
  })

  // Reset, after typing the confirmation word: the dashboard becomes a new learner's.
  await data.getByRole('button', { name: 'Reset progress…' }).click()
  const confirm = data.getByRole('button', { name: 'Delete all progress' })
  await expect(confirm).toBeDisabled()
  await data.getByLabel(/to confirm/).fill('RESET')
  await confirm.click()
  await expect(page.getByRole('status').filter({ hasText: /backup was saved/ })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Not enough data yet: answer 20 more questions/ }),
  ).toBeVisible()
  await expect(page.getByText('Your readiness over time appears here once you start studying.')).toBeVisible()
  await expect(page.getByText(/No mock exams yet/)).toBeVisible()
  await expect(
    page.getByText(/Every day you read, review cards or answer questions is marked here/),
  ).toBeVisible()
  await setTheme(page, 'light')
  await shoot(page, 'dashboard-empty-light.png')
  await setTheme(page, 'dark')
  await shoot(page, 'dashboard-empty-dark.png')

  // A file that is not an export is refused with a clear message.
  const junk = path.join(app.dataDir, 'junk.json')
  fs.writeFileSync(junk, '{"hello": "world"}')
  await data.getByLabel('Choose an exported file…').setInputFiles(junk)
  await expect(data.getByRole('alert')).toContainText('not an MLS Companion progress export')

  // Import the export back, replacing: a preview first, then the same readiness as before.
  await data.getByLabel(/Replace my progress with the file/).check()
  await data.getByLabel('Choose an exported file…').setInputFiles(file)
  const preview = data.getByRole('region', { name: 'What the import will change' })
  await expect(preview.getByRole('row', { name: /Card reviews/ })).toBeVisible()
  await page.screenshot({ path: path.join(shots, 'dashboard-import-preview.png') })
  await preview.getByRole('button', { name: 'Replace my progress' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Progress imported/ })).toBeVisible()
  await expect(page.locator('.summary .big strong')).toHaveText(before!)
  // The refused file's call answered 400, which the browser logs; nothing else went wrong.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([])
})
