import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

let app: RunningApp
test.afterEach(async () => app?.stop())

function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return errors
}

/** Switches the theme with the rail's button (so charts redraw too), then lets colour transitions finish. */
async function setTheme(page: Page, theme: 'light' | 'dark') {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) {
    await page.getByRole('button', { name: /Theme:/ }).click()
    await page.waitForTimeout(100)
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await page.waitForTimeout(400)
}

test('reviews flashcards with the keyboard: reveal, grade, undo, bury', async ({ page }) => {
  const errors = collectErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Practice', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Review cards' })).toHaveAttribute('aria-current', 'page')

  await page.getByRole('button', { name: /Study now \(20\)/ }).click()
  const session = page.getByRole('region', { name: 'Review: All cards' })
  await expect(session.getByText('20 new')).toBeVisible()
  const front = session.locator('.front')
  const firstFront = (await front.textContent())!.trim()
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
  await expect(page.getByText('Keys:')).toBeVisible()

  // Space reveals; each grade button shows the interval ts-fsrs computes.
  await page.keyboard.press('Space')
  const grades = page.getByRole('group', { name: 'Grade your answer' })
  await expect(grades.getByRole('button')).toHaveCount(4)
  await expect(grades.getByRole('button', { name: /^Again \(key 1\): next review 1m$/ })).toBeVisible()
  await expect(grades.getByRole('button', { name: /^Good \(key 3\): next review 10m$/ })).toBeVisible()
  await expect(session.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', /#\/notes\//)
  await setTheme(page, 'light')
  await page.screenshot({ path: path.join(shots, 'review-light.png') })
  await setTheme(page, 'dark')
  await page.screenshot({ path: path.join(shots, 'review-dark.png') })
  await setTheme(page, 'light')

  // 3 = Good: the next card comes, and the done count moves.
  await page.keyboard.press('3')
  await expect(session.getByText('1 done today')).toBeVisible()
  await expect(front).not.toHaveText(firstFront)
  const secondFront = (await front.textContent())!.trim()

  // Enter reveals, 1 = Again; then undo twice brings back the first card, unrevealed.
  await page.keyboard.press('Enter')
  await page.keyboard.press('1')
  await expect(session.getByText('2 done today')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(session.getByText('1 done today')).toBeVisible()
  await expect(front).toHaveText(secondFront)
  await page.keyboard.press('Control+z')
  await expect(session.getByText('0 done today')).toBeVisible()
  await expect(front).toHaveText(firstFront)
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()

  // - buries the card until tomorrow: another new card takes its place.
  await page.keyboard.press('-')
  await expect(page.getByText('Card buried until tomorrow.')).toBeVisible()
  await expect(front).not.toHaveText(firstFront)
  await expect(session.getByText('20 new')).toBeVisible()

  // Back on the overview, the day's count comes from SQLite.
  await page.keyboard.press('Space')
  await page.keyboard.press('4')
  await page.getByRole('button', { name: 'End session' }).click()
  await expect(page.getByText('1 reviews done today', { exact: false })).toBeVisible()
  expect(errors).toEqual([])
})

test('the empty queue offers cramming, which never changes the schedule', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/practice/review`)
  await page.getByLabel('New cards per day').fill('0')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Review settings saved.')).toBeVisible()
  await page.getByRole('button', { name: /Open today’s queue/ }).click()
  await expect(page.getByText('No cards due — come back tomorrow, or learn new cards / cram.')).toBeVisible()
  await page.getByRole('button', { name: 'Cram these cards' }).click()
  const session = page.getByRole('region', { name: 'Cram: All cards' })
  await expect(session.getByText(/50 left · 0 done/)).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: /^Good \(key 3\): next review done$/ })).toBeVisible()
  await page.keyboard.press('3')
  await expect(session.getByText(/49 left · 1 done/)).toBeVisible()
  await page.getByRole('button', { name: 'End session' }).click()
  await expect(page.getByText('0 reviews done today', { exact: false })).toBeVisible()

  // "Learn more" raises today's new-card limit, for today only.
  await page.getByRole('button', { name: /Open today’s queue/ }).click()
  await page.getByRole('button', { name: 'Learn 10 more new cards today' }).click()
  await expect(page.getByRole('region', { name: 'Review: All cards' }).getByText('10 new')).toBeVisible()
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
})

test('answers a quiz question and sees every option explained, with links to the notes', async ({ page }) => {
  const errors = collectErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/practice/quiz`)
  await page.getByLabel('Questions from').selectOption({ label: 'Data Engineering (66)' })
  await page.getByRole('radio', { name: '5', exact: true }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page.getByText(/^Question 1 of 5 ·/)).toBeVisible()

  const question = page.locator('fieldset.question')
  const hint = (await question.locator('.hint strong').textContent())!
  const choose = hint === 'Choose one.' ? 1 : hint === 'Choose two.' ? 2 : 3
  const check = page.getByRole('button', { name: 'Check answer' })
  await expect(check).toBeDisabled()
  const inputs = question.locator('input')
  for (let i = 0; i < choose; i++) await inputs.nth(i).check()
  await check.click()

  await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible()
  const explanations = page.locator('.explanations li')
  await expect(explanations).toHaveCount(await inputs.count())
  await expect(page.locator('.explanations .notes a').first()).toHaveAttribute(
    'href',
    /#\/notes\/[a-z0-9-]+$/,
  )
  const next = page.getByRole('button', { name: 'Next question' })
  await expect(next).toBeFocused()
  await page.setViewportSize({ width: 1280, height: 1400 })
  await setTheme(page, 'light')
  await page.screenshot({ path: path.join(shots, 'quiz-feedback-light.png') })
  await setTheme(page, 'dark')
  await page.screenshot({ path: path.join(shots, 'quiz-feedback-dark.png') })
  await next.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Question 2 of 5 ·/)).toBeVisible()
  expect(errors).toEqual([])
})
