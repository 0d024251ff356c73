import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

let app: RunningApp
test.afterEach(async () => app?.stop())

const total = (page: Page) => page.getByTestId('calc-total')
const bill = (page: Page) => page.locator('section.calc-result')

/** Collects page errors and console errors, to assert there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return errors
}

test('Athena: the AWS example to the cent, a refused input, and a scenario that survives a reload', async ({
  page,
}) => {
  const errors = watchErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Calculators' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cost calculators' })).toBeVisible()
  await expect(page.locator('.calc-list-item')).toHaveCount(5)
  await page.getByRole('link', { name: 'Athena', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Athena cost' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Athena cost model' }).first()).toBeVisible()

  const queries = page.getByLabel('Queries', { exact: true })
  const scanned = page.getByLabel('Data scanned per query', { exact: true })
  await queries.fill('10')
  await page.getByLabel('Queries: per day or per month').selectOption('month')
  await scanned.fill('2')
  await page.getByLabel('Data scanned per query: unit').selectOption('TB')
  await expect(total(page)).toHaveText('$100.00')

  await queries.fill('50')
  await page.getByLabel('Queries: per day or per month').selectOption('day')
  await scanned.fill('0.6')
  await page.getByLabel('Data scanned per query: unit').selectOption('GB')
  await expect(total(page)).toHaveText('$4.46')
  const item = bill(page).locator('tbody tr').first()
  await expect(item).toContainText('50 queries a day × 730 h ÷ 24 = 1,521 queries')
  await expect(item).toContainText('615 MB')
  await expect(item).toContainText('× $5.00 per TB = $4.46')
  await expect(page.getByText('Binary units', { exact: true })).toBeVisible()

  // The 720-hour month: 1,500 queries.
  await page.getByLabel('A month is').selectOption('720')
  await expect(total(page)).toHaveText('$4.40')
  await page.getByLabel('A month is').selectOption('730')
  await expect(total(page)).toHaveText('$4.46')

  // A negative number: a message beside the field, tied to it, and no total.
  await queries.fill('-5')
  await expect(queries).toHaveAttribute('aria-invalid', 'true')
  const describedBy = await queries.getAttribute('aria-describedby')
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/cannot be negative/)
  await expect(total(page)).toHaveCount(0)
  await expect(bill(page)).toContainText('No total')
  await expect(page.getByRole('button', { name: 'Save as a new scenario' })).toBeDisabled()
  await queries.fill('lots')
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/must be a number/)
  await queries.fill('50')
  await expect(queries).toHaveAttribute('aria-invalid', 'false')
  await expect(total(page)).toHaveText('$4.46')

  await page.getByLabel('Scenario name').fill('Daily reports')
  await page.getByRole('button', { name: 'Save as a new scenario' }).click()
  await expect(page.locator('[data-scenario="Daily reports"]')).toBeVisible()

  // Change the inputs after saving: the last inputs, not the scenario, come back after the reload.
  await queries.fill('70')
  await expect(total(page)).toHaveText('$6.24')
  await page.waitForTimeout(900)
  await page.reload()
  await expect(page.getByLabel('Queries', { exact: true })).toHaveValue('70')
  await expect(total(page)).toHaveText('$6.24')
  const saved = page.locator('[data-scenario="Daily reports"]')
  await expect(saved).toBeVisible()
  await saved.getByRole('button', { name: 'Load Daily reports' }).click()
  await expect(page.getByLabel('Queries', { exact: true })).toHaveValue('50')
  await expect(total(page)).toHaveText('$4.46')

  // Duplicate, change and compare the two side by side.
  await saved.getByRole('button', { name: 'Duplicate Daily reports' }).click()
  const copy = page.locator('[data-scenario="Daily reports (copy)"]')
  await expect(copy).toBeVisible()
  await copy.getByRole('button', { name: 'Load Daily reports (copy)' }).click()
  await page.getByLabel('Queries', { exact: true }).fill('100')
  await page.getByRole('button', { name: 'Update “Daily reports (copy)”' }).click()
  await page.getByLabel('Compare Daily reports', { exact: true }).check()
  await page.getByLabel('Compare Daily reports (copy)').check()
  const compare = page.getByRole('table', { name: 'Scenarios side by side' })
  await expect(compare).toContainText('$4.46')
  await expect(compare).toContainText('$8.92')
  await expect(compare).toContainText('+$4.46')

  // Rename and delete.
  await copy.getByRole('button', { name: 'Rename Daily reports (copy)' }).click()
  await page.getByLabel('New name for Daily reports (copy)').fill('Twice as many')
  await page.getByRole('button', { name: 'Rename', exact: true }).click()
  const renamed = page.locator('[data-scenario="Twice as many"]')
  await expect(renamed).toBeVisible()
  await renamed.getByRole('button', { name: 'Delete Twice as many' }).click()
  await renamed.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(renamed).toHaveCount(0)
  await saved.getByRole('button', { name: 'Load Daily reports' }).click()
  await expect(total(page)).toHaveText('$4.46')

  // An overridden price is marked, changes the total, and resets.
  const rate = page.locator('tr[data-rate="scan-per-tb"]')
  await rate.getByRole('textbox').fill('10')
  await rate.getByRole('textbox').press('Enter')
  await expect(rate).toContainText('Overridden')
  await expect(total(page)).toHaveText('$8.92')
  await expect(bill(page)).toContainText('At the price sheet’s own prices this would be $4.46')
  await rate.getByRole('button', { name: /Reset/ }).click()
  await expect(total(page)).toHaveText('$4.46')
  await expect(rate).not.toContainText('Overridden')

  // Provisioned capacity, with per-query pricing of the same workloads beside it.
  await page.getByRole('radio', { name: /Provisioned capacity/ }).check()
  await page.getByLabel('DPU reserved').fill('24')
  await page.getByLabel('Held for').fill('480')
  await page.getByLabel('Reservations').fill('22')
  await page.getByLabel('Minimums in force on').fill('2024-06-01')
  await expect(total(page)).toHaveText('$1,267.20')
  const models = page.getByRole('table', { name: 'The same inputs under each model' })
  await expect(models.locator('tr[data-sheet="athena-per-query"]')).toContainText('$4.46')
  await expect(page.getByRole('heading', { name: 'Per query or provisioned capacity?' })).toBeVisible()

  const axe = await new AxeBuilder({ page }).include('.calc-page').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  expect(errors).toEqual([])
})

test('QuickSight: the note’s worked example, and the difference the current model makes', async ({
  page,
}) => {
  const errors = watchErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/calculators/quicksight`)
  await expect(page.getByRole('heading', { level: 1, name: 'QuickSight cost' })).toBeVisible()
  await expect(page.getByRole('radio', { name: /Classic/ })).toBeChecked()

  await page.getByLabel('Edition', { exact: true }).selectOption('enterprise')
  await page.getByLabel('Billing', { exact: true }).selectOption('annual')
  await page.getByLabel('Authors', { exact: true }).fill('10')
  await page.getByLabel('Readers', { exact: true }).fill('200')
  await page.getByLabel('Sessions per reader').fill('20')
  await page.getByLabel('SPICE needed').fill('150')
  await expect(total(page)).toHaveText('$1,199.00')
  await expect(bill(page)).toContainText(
    '200 readers × (20 sessions × $0.30 = $6.00, capped at $5.00) = $1,000.00',
  )
  await expect(bill(page)).toContainText('(150 GB needed − 100 GB included) → 50 GB × $0.38 = $19.00')

  // Both totals side by side, then the switch.
  const models = page.getByRole('table', { name: 'The same inputs under each model' })
  await expect(models.locator('tr[data-sheet="quicksight-classic-2016"]')).toContainText('$1,199.00')
  await expect(models.locator('tr[data-sheet="quicksight-quick-suite-2025"]')).toContainText('$859.00')
  await expect(models.locator('tr[data-sheet="quicksight-quick-suite-2025"]')).toContainText('−$340.00')
  await expect(page.getByLabel('Author Pro users')).toBeDisabled()
  await page.getByRole('radio', { name: /Quick Suite/ }).check()
  await expect(total(page)).toHaveText('$859.00')
  await expect(bill(page)).toContainText('200 readers × $3.00 = $600.00')
  await expect(models.locator('tr[data-sheet="quicksight-classic-2016"]')).toContainText('+$340.00')
  await expect(page.getByLabel('Author Pro users')).toBeEnabled()

  // An inconsistent input: no author at all.
  const authors = page.getByLabel('Authors', { exact: true })
  await authors.fill('0')
  await expect(authors).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator(`[id="${await authors.getAttribute('aria-describedby')}"]`)).toHaveText(
    /An account needs at least one author/,
  )
  await expect(total(page)).toHaveCount(0)
  await page.getByLabel('Authors', { exact: true }).fill('10')
  await expect(page.getByRole('img', { name: /against the number of readers/ })).toBeVisible()
  expect(errors).toEqual([])
})

test('a note embeds a prefilled calculator that links to the full one', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes/athena-cost-model`)
  const embed = page.locator('[data-calculator="athena"]')
  await expect(embed.getByTestId('calc-total')).toHaveText('$4.46')
  await embed.getByLabel('Queries', { exact: true }).fill('100')
  await expect(embed.getByTestId('calc-total')).toHaveText('$8.92')
  await embed.scrollIntoViewIfNeeded()
  await embed.screenshot({ path: path.join(shots, 'calculator-embed-athena.png') })
  await embed.getByRole('link', { name: 'Open full calculator' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Athena cost' })).toBeVisible()
})

test('every calculator renders its bill and charts in both themes', async ({ page }) => {
  const errors = watchErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  const expected: Record<string, string> = {
    athena: '$4.46',
    quicksight: '$1,199.00',
    'kinesis-data-streams': '$278.57',
    'data-firehose': '$363.41',
    's3-lifecycle': '$657.62',
  }
  // The page scrolls inside the app's main area, so a tall window shows each calculator whole.
  await page.setViewportSize({ width: 1280, height: 3600 })
  for (const theme of ['light', 'dark']) {
    for (const [id, amount] of Object.entries(expected)) {
      await page.goto(`${app.origin}/#/calculators/${id}`)
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme)
      await expect(total(page)).toHaveText(amount)
      await expect(page.locator('.calc-chart-card canvas').first()).toBeVisible()
      await page.waitForTimeout(700)
      await page.screenshot({ path: path.join(shots, `calculator-${id}-${theme}.png`) })
    }
  }
  expect(errors).toEqual([])
})
