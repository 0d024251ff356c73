// The README's screenshots, taken from the current app on six weeks of seeded study. Not part of `npm test`
// (playwright.config.ts leaves out titles tagged @readme); run `npm run screenshots`.
import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createAppCore } from '../../electron/core/app-core'
import { seedHistory, type Clock } from '../unit/seed-history'
import { useTheme } from './app-routes'
import { startBrowserApp, type RunningApp } from './browser-app'

const out = path.resolve('build/screenshots')
const MIN = 60_000
let app: RunningApp | undefined
test.afterEach(async () => {
  await app?.stop()
  if (app) fs.rmSync(app.dataDir, { recursive: true, force: true })
})

/** Six weeks of study up to yesterday, a short session today, an exam date and a daily goal. */
function seededDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-readme-'))
  const clock: Clock = { now: new Date(Date.now() - 42 * 86_400_000) }
  const core = createAppCore({
    dataDir,
    resourcesDir: path.resolve('resources'),
    migrationsDir: path.resolve('electron/core/db/migrations'),
    mode: 'browser',
    version: '0.1.0',
    now: () => clock.now,
  })
  seedHistory(core, clock, { days: 42, seed: 5, mockEvery: 9, reviewsPerDay: 20, accuracy: [0.45, 0.85] })
  const midnight = new Date()
  midnight.setHours(0, 0, 0, 0)
  clock.now = new Date(Math.max(Date.now() - 40 * MIN, midnight.getTime()))
  const { practice, bundle } = core.services
  let card = practice.flashcards.queue({ kind: 'all' }).card
  for (let i = 0; i < 12 && card; i++) {
    card = practice.flashcards.grade(card.id, i % 4 ? 3 : 1, 40_000, { kind: 'all' }).queue.card
    clock.now = new Date(clock.now.getTime() + 45_000)
  }
  for (const q of bundle.questions.slice(200, 206)) {
    practice.quizzes.answer(
      q.id,
      q.options.filter((x) => x.correct).map((x) => x.id),
      75_000,
      'quiz',
    )
    clock.now = new Date(clock.now.getTime() + 80_000)
  }
  const examDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  core.services.readiness.planSettings.update({ examDate })
  core.services.settings.update({ onboardingDone: true, dailyMinutes: 45 })
  core.close()
  return dataDir
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(600)
  await page.screenshot({ path: path.join(out, name), animations: 'disabled' })
}

test('README screenshots @readme', async ({ page }) => {
  test.setTimeout(300_000)
  fs.mkdirSync(out, { recursive: true })
  await page.setViewportSize({ width: 1600, height: 1000 })
  app = await startBrowserApp(seededDataDir())
  await page.goto(app.url)
  await useTheme(page, 'light')

  await expect(page.locator('.plan .minutes')).toContainText('of 45 minutes')
  await expect(page.locator('main .spinner')).toHaveCount(0, { timeout: 20_000 })
  await shoot(page, 'today-light.png')

  await page.goto(`${app.origin}/#/notes/kinesis-data-streams`)
  await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('shard')
  await expect(page.locator('#find-count')).toHaveText(/^1 of \d+$/)
  await page.keyboard.press('Enter')
  await shoot(page, 'notes-light.png')
  await page.keyboard.press('Escape')

  await useTheme(page, 'dark')
  await page.goto(`${app.origin}/#/dashboard`)
  await expect(page.locator('.summary .big')).toContainText(/Predicted score \d+/, { timeout: 20_000 })
  await shoot(page, 'dashboard-dark.png')

  await page.goto(`${app.origin}/#/diagrams/kinesis-data-streams`)
  await expect(page.locator('[data-node-id]').first()).toBeVisible()
  await page.locator('[data-node-id="shard3"]').hover()
  await shoot(page, 'diagram-dark.png')
})
