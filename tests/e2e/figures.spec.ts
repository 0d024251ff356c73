import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

let app: RunningApp
test.afterEach(async () => app?.stop())

const figure = (page: Page, id: string) => page.locator(`figure.fig[data-figure="${id}"]`)
// The value under a column of a figure's key-numbers table.
const keyNumber = (fig: Locator, table: string, column: number) =>
  fig.getByRole('table', { name: table }).locator('tbody td').nth(column)
// A label/value pair of a vertical key-numbers table.
const rowValue = (fig: Locator, table: string, row: string) =>
  fig.getByRole('table', { name: table }).getByRole('row', { name: row }).locator('td')

async function expectChart(fig: Locator) {
  await expect(fig.locator('canvas').first()).toBeVisible()
  const box = await fig.locator('canvas').first().boundingBox()
  expect(box!.width).toBeGreaterThan(200)
  expect(box!.height).toBeGreaterThan(200)
}

async function pressTimes(slider: Locator, key: string, times: number) {
  await slider.focus()
  for (let i = 0; i < times; i++) await slider.press(key)
}

test('figures render in their notes and respond to the keyboard', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  app = await startBrowserApp()
  await page.goto(app.url)

  // Data distributions: the normal PDF, then a Poisson PMF whose rate is moved with the arrow keys.
  await page.goto(`${app.origin}/#/notes/data-distributions`)
  const dist = figure(page, 'distributions')
  await expectChart(dist)
  await expect(dist.getByText('PDF (continuous)').first()).toBeVisible()
  await expect(keyNumber(dist, 'Key numbers', 1)).toHaveText('0')
  await dist.getByRole('radio', { name: 'Poisson' }).check()
  await expect(dist.getByText('PMF (discrete)').first()).toBeVisible()
  await expect(keyNumber(dist, 'Key numbers', 1)).toHaveText('3')
  await pressTimes(dist.getByRole('slider', { name: 'Rate λ' }), 'ArrowRight', 2)
  await expect(keyNumber(dist, 'Key numbers', 1)).toHaveText('4')
  await expect(keyNumber(dist, 'Key numbers', 2)).toHaveText('4')
  await dist.screenshot({ path: path.join(shots, 'figure-in-note-poisson.png') })
  await dist.getByRole('radio', { name: 'Binomial' }).check()
  await expect(keyNumber(dist, 'Key numbers', 1)).toHaveText('5')
  await dist.screenshot({ path: path.join(shots, 'figure-in-note-binomial.png') })

  // Python data libraries: the box plot (new sample, hide outliers) and the income histogram.
  await page.goto(`${app.origin}/#/notes/python-data-libraries`)
  const box = figure(page, 'boxplot-outliers')
  await expectChart(box)
  const firstQuartiles = await keyNumber(box, 'Key numbers', 0).textContent()
  await box.getByRole('button', { name: 'New sample' }).click()
  await expect(box.getByText(/Sample 2 ·/)).toBeVisible()
  await expect(keyNumber(box, 'Key numbers', 0)).not.toHaveText(firstQuartiles!)
  await box.getByRole('checkbox', { name: 'Show outliers' }).uncheck()
  await expect(box.getByRole('img')).toHaveAttribute('aria-label', /\(hidden\)/)
  await box.screenshot({ path: path.join(shots, 'figure-in-note-boxplot-hidden.png') })

  const income = figure(page, 'income-histogram')
  await expectChart(income)
  const belowZero = keyNumber(income, 'Key numbers', 5)
  const before = await belowZero.textContent()
  await pressTimes(income.getByRole('slider', { name: 'Mean income' }), 'ArrowLeft', 5)
  await expect(income.getByRole('slider', { name: 'Mean income' })).toHaveAttribute(
    'aria-valuetext',
    '22,000',
  )
  await expect(belowZero).not.toHaveText(before!)
  await income.screenshot({ path: path.join(shots, 'figure-in-note-income.png') })
  expect(parseInt((await belowZero.textContent())!.replace(/,/g, ''))).toBeGreaterThan(
    parseInt(before!.replace(/,/g, '')),
  )

  // Confusion matrix: raising the threshold changes the matrix and the precision.
  await page.goto(`${app.origin}/#/notes/confusion-matrix`)
  const cm = figure(page, 'confusion-matrix')
  await expectChart(cm)
  await expect(cm.locator('canvas')).toHaveCount(2)
  const precision = rowValue(cm, 'Metrics', 'Precision')
  const atHalf = await precision.textContent()
  expect(atHalf).toMatch(/^0\.\d{3}$/)
  await pressTimes(cm.getByRole('slider', { name: 'Threshold' }), 'ArrowRight', 15)
  await expect(cm.getByRole('table', { name: /Confusion matrix at threshold 0\.65/ })).toBeVisible()
  await expect(precision).not.toHaveText(atHalf!)
  expect(Number(await precision.textContent())).toBeGreaterThan(Number(atHalf))
  await cm.screenshot({ path: path.join(shots, 'figure-in-note-confusion-matrix.png') })
  await income.page().screenshot({ path: path.join(shots, 'note-with-figure.png') })
  expect(errors).toEqual([])
})

test('the gallery shows every figure, accessibly, in both themes', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes`)
  await page.getByRole('link', { name: 'all figures' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Figures' })).toBeVisible()
  const ids = ['distributions', 'time-series', 'boxplot-outliers', 'income-histogram', 'confusion-matrix']
  for (const id of ids) await expectChart(figure(page, id))
  await page.screenshot({ path: path.join(shots, 'figures-gallery.png') })
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5)
  await figure(page, 'time-series').getByRole('checkbox', { name: 'Show components' }).check()
  await figure(page, 'time-series').getByRole('radio', { name: 'Multiplicative' }).check()

  const axe = await new AxeBuilder({ page }).include('figure.fig').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])

  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: /Theme:/ }).click()
      await page.getByRole('button', { name: /Theme:/ }).click()
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    }
    for (const id of ids) {
      const fig = figure(page, id)
      await fig.scrollIntoViewIfNeeded()
      // Let the chart finish its redraw for the new theme (animations are short).
      await page.waitForTimeout(900)
      await fig.screenshot({ path: path.join(shots, `figure-${id}-${theme}.png`) })
    }
  }
  const darkAxe = await new AxeBuilder({ page }).include('figure.fig').analyze()
  expect(darkAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
})
