import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

let app: RunningApp
test.afterEach(async () => app?.stop())

/** Switches the theme with the rail's button (so charts redraw too), then lets colour transitions finish. */
async function setTheme(page: Page, theme: 'light' | 'dark') {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) {
    await page.getByRole('button', { name: /Theme:/ }).click()
    await page.waitForTimeout(100)
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await page.waitForTimeout(400)
}

/** Picks as many options as the question on screen asks for (the first ones). */
async function answerCurrent(page: Page) {
  const question = page.locator('fieldset.question')
  const hint = (await question.locator('.hint strong').textContent())!
  const choose = hint === 'Choose one.' ? 1 : hint === 'Choose two.' ? 2 : 3
  for (let i = 0; i < choose; i++) await question.locator('input').nth(i).check()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
}

test('a mock exam survives a server restart mid-exam, then is submitted and reviewed', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !/Failed to fetch|ERR_CONNECTION_REFUSED/.test(m.text()) &&
      errors.push(m.text()),
  )

  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/practice/mock`)
  await expect(page.getByRole('row', { name: /Modeling 36% 23/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Exploratory Data Analysis 24% 16/ })).toBeVisible()
  await page.getByLabel(/Seed/).fill('4242')
  await page.getByRole('button', { name: 'Start mock exam' }).click()

  const timer = page.getByRole('timer')
  await expect(timer).toContainText(/2:59:\d\d|3:00:00/)
  const nav = page.getByRole('navigation', { name: 'Questions' })
  await expect(nav.getByRole('button')).toHaveCount(65)

  // Answer three, flag the third.
  const stems: string[] = []
  for (let i = 0; i < 3; i++) {
    stems.push((await page.locator('fieldset.question .stem').textContent())!)
    await answerCurrent(page)
    if (i === 2) await page.getByRole('button', { name: '⚐ Flag for review' }).click()
    await page.getByRole('button', { name: 'Next →' }).click()
  }
  await expect(nav.getByRole('button', { name: 'Question 3: answered, flagged for review' })).toBeVisible()
  await expect(nav.getByRole('button', { name: 'Question 4: not answered, current' })).toBeVisible()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await setTheme(page, 'light')
  await page.screenshot({ path: path.join(shots, 'mock-in-progress-light.png') })
  await setTheme(page, 'dark')
  await page.screenshot({ path: path.join(shots, 'mock-in-progress-dark.png') })
  await setTheme(page, 'light')

  // Stop the server and start it again on the same data folder.
  const dataDir = app.dataDir
  await app.stop()
  app = await startBrowserApp(dataDir)
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/practice/mock`)
  await expect(nav.getByRole('button', { name: 'Question 1: answered' })).toBeVisible()
  await expect(nav.getByRole('button', { name: 'Question 2: answered' })).toBeVisible()
  await expect(nav.getByRole('button', { name: 'Question 3: answered, flagged for review' })).toBeVisible()
  await expect(page.getByText('Question 4 of 65 · 3 answered')).toBeVisible()
  await nav.getByRole('button', { name: /^Question 2:/ }).click()
  await expect(page.locator('fieldset.question .stem')).toHaveText(stems[1]!)
  await expect(page.locator('fieldset.question input:checked')).not.toHaveCount(0)

  // Continue: answer one more, then pause and resume.
  await nav.getByRole('button', { name: /^Question 4:/ }).click()
  await answerCurrent(page)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible()
  await expect(page.locator('fieldset.question')).toHaveCount(0)
  await page.getByRole('button', { name: 'Resume exam' }).click()

  // Submit, confirming with 61 unanswered.
  await page.getByRole('button', { name: 'Submit exam' }).click()
  const dialog = page.getByRole('dialog', { name: 'Submit your mock exam?' })
  await expect(dialog).toContainText('61 question(s) are not answered')
  await expect(dialog).toContainText('1 question(s) are flagged')
  await dialog.getByRole('button', { name: 'Submit and see results' }).click()

  await expect(page.getByRole('heading', { name: 'Mock exam result' })).toBeVisible()
  await expect(page.getByText('Below the pass mark (750)')).toBeVisible()
  await expect(page.getByText('4 answered')).toBeVisible()
  await expect(page.getByLabel('How the score is estimated')).toContainText('72% → 750')
  await expect(page.getByRole('row', { name: /Modeling .* \/ 23/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /seconds spent on each question/ })).toBeVisible()
  const review = page.getByRole('region', { name: 'Review every question' })
  await expect(review.locator('details')).toHaveCount(65)
  await review.locator('summary').first().click()
  await expect(review.locator('.explanations').first()).toBeVisible()
  await expect(review.locator('.explanations .notes a').first()).toHaveAttribute('href', /#\/notes\//)
  // The app scrolls inside its main pane, so a tall window shows the whole result.
  await page.setViewportSize({ width: 1280, height: 2400 })
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0))
  await page.screenshot({ path: path.join(shots, 'mock-results-light.png') })
  await setTheme(page, 'dark')
  await page.screenshot({ path: path.join(shots, 'mock-results-dark.png') })
  await page.setViewportSize({ width: 1280, height: 800 })

  await page.getByRole('link', { name: 'Mock history' }).click()
  await expect(page.getByRole('cell', { name: 'Submitted' })).toBeVisible()
  expect(errors).toEqual([])
})

test('running out of time submits the mock exam', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/practice/mock`)
  await page.getByRole('button', { name: 'Start mock exam' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  await page.goto(`${app.origin}/#/practice/history`)
  await expect(page.getByRole('cell', { name: 'In progress' })).toBeVisible()

  // Use up all but three seconds of the clock through the API, as hours of work would.
  await page.evaluate(async () => {
    const call = async (channel: string, input: unknown) => {
      const res = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      })
      return ((await res.json()) as { value: { mock: { id: string } } }).value
    }
    const { mock } = await call('mock:active', {})
    await call('mock:save', {
      id: mock.id,
      currentIndex: 0,
      timeUsedMs: 180 * 60_000 - 3000,
      questionTimeMs: {},
    })
  })
  await page.goto(`${app.origin}/#/practice/mock`)
  await expect(page.getByRole('timer')).toContainText(/0:00:0[0-3]/)
  await expect(page.getByText('Time is up: your mock exam was submitted.')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByRole('heading', { name: 'Mock exam result' })).toBeVisible()
  await expect(page.getByText('time used 3 h 00 min of 3 h 00 min', { exact: false })).toBeVisible()
})
