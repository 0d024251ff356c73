import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import type { Diagram } from '../../electron/shared/content/diagram-schema'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

const diagramsDir = path.resolve('resources/diagrams')
const diagrams: Diagram[] = fs
  .readdirSync(diagramsDir)
  .map((f) => JSON.parse(fs.readFileSync(path.join(diagramsDir, f), 'utf8')) as Diagram)

let app: RunningApp
test.afterEach(async () => app?.stop())

/** Collects page errors and console errors, to assert there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return errors
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme)
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

const axeViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  )

test('the gallery opens each of the ten diagrams, drawn in both themes', async ({ page }) => {
  const errors = watchErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diagrams' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Diagrams' })).toBeVisible()
  const tiles = page.getByRole('list', { name: 'Diagrams' }).getByRole('listitem')
  await expect(tiles).toHaveCount(10)
  await expect(tiles.first().locator('svg rect').first()).toBeVisible()
  expect(await axeViolations(page, '.diagrams')).toEqual([])
  await page.screenshot({ path: path.join(shots, 'diagrams-gallery-light.png'), fullPage: true })
  await setTheme(page, 'dark')
  await page.screenshot({ path: path.join(shots, 'diagrams-gallery-dark.png'), fullPage: true })
  await setTheme(page, 'light')

  // Tall enough that the whole page (drawing and side panel) fits; the width is the default window's.
  await page.setViewportSize({ width: 1280, height: 1400 })
  for (const d of diagrams) {
    await page.goto(`${app.origin}/#/diagrams`)
    await page.getByRole('link', { name: d.title, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`#/diagrams/${d.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible()
    await expect(page.locator('[data-node-id]')).toHaveCount(d.nodes.length)
    const related = page.getByRole('complementary', { name: 'Related to this diagram' })
    await expect(related.getByRole('heading', { name: 'Notes' })).toBeVisible()
    const article = page.locator('article.diagram-page')
    await page.mouse.move(0, 0)
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme)
      await article.screenshot({
        path: path.join(shots, `diagram-${d.id}-${theme}.png`),
        animations: 'disabled',
      })
    }
    await setTheme(page, 'light')
  }
  expect(await axeViolations(page, 'article.diagram-page')).toEqual([])
  expect(errors).toEqual([])
})

test('a box shows its facts on keyboard focus and opens its note', async ({ page }) => {
  const errors = watchErrors(page)
  const d = diagrams.find((x) => x.id === 'kinesis-data-streams')!
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/diagrams/${d.id}`)
  const facts = page.getByRole('complementary', { name: 'Facts about the selected box' })
  await expect(facts).toContainText('Hover over or tab to a box')

  // Tab from the drawing into its first box, then to the next: the facts follow the focus.
  await page.locator('svg.diagram-svg').focus()
  await page.keyboard.press('Tab')
  const [first, second] = d.nodes
  await expect(page.locator(`[data-node-id="${first!.id}"]`)).toBeFocused()
  await expect(facts.getByRole('heading', { name: first!.label })).toBeVisible()
  await expect(facts).toContainText(first!.facts[0]!)
  await page.keyboard.press('Tab')
  await expect(facts.getByRole('heading', { name: second!.label })).toBeVisible()
  await expect(facts).toContainText(second!.facts[0]!)
  // The box's note is marked in the side panel.
  const related = page.getByRole('complementary', { name: 'Related to this diagram' })
  await expect(related.locator('li.is-focused a')).toHaveAttribute('href', `#/notes/${second!.note}`)
  await page.setViewportSize({ width: 1280, height: 1400 })
  await page
    .locator('article.diagram-page')
    .screenshot({ path: path.join(shots, 'diagram-focused-box.png'), animations: 'disabled' })

  // The card and question lists open on demand and match their counts.
  await related.getByRole('heading', { name: /Flashcards/ }).click()
  const cards = related.locator('[data-card]')
  await expect(cards.first()).toBeVisible()
  await expect(related.getByRole('heading', { name: /Flashcards/ })).toContainText(
    String(await cards.count()),
  )
  await related.getByRole('heading', { name: /Questions/ }).click()
  await expect(related.locator('[data-question]').first()).toBeVisible()
  await expect(related.locator('.practise a').first()).toHaveAttribute(
    'href',
    /^#\/practice\/quiz\?note=[a-z0-9-]+$/,
  )
  await page.mouse.move(0, 0)
  await page
    .locator('article.diagram-page')
    .screenshot({ path: path.join(shots, 'diagram-related-open.png'), animations: 'disabled' })
  await page.setViewportSize({ width: 1280, height: 800 })

  // Enter on a focused box opens its note.
  await page.locator(`[data-node-id="${second!.id}"]`).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/notes/${second!.note}$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // A click does the same, for a box linked to a different note.
  await page.goto(`${app.origin}/#/diagrams/${d.id}`)
  const other = d.nodes.find((n) => n.note && n.note !== d.id)!
  await page.locator(`[data-node-id="${other.id}"]`).click()
  await expect(page).toHaveURL(new RegExp(`#/notes/${other.note}$`))
  await expect(page.locator('.article h1')).toBeVisible()
  expect(errors).toEqual([])
})

test('the quiz is scored, saved, and compared with the best before it', async ({ page }) => {
  const errors = watchErrors(page)
  const d = diagrams.find((x) => x.id === 'athena-data-lake')!
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.setViewportSize({ width: 1280, height: 1400 })
  await page.goto(`${app.origin}/#/diagrams/${d.id}`)
  await page.getByRole('radio', { name: 'Quiz' }).check()
  const related = page.getByRole('complementary', { name: 'Related to this diagram' })
  await expect(related).toContainText('Not tried yet')

  // First attempt: every box but the last named right.
  const wrong = d.nodes[0]!.label
  for (const [i, n] of d.nodes.entries()) {
    await page
      .locator(`[data-node-id="${n.id}"] select`)
      .selectOption(i === d.nodes.length - 1 ? wrong : n.label)
  }
  await page.getByRole('button', { name: 'Check' }).click()
  const total = d.nodes.length
  await expect(page.locator('.diagram-quizbar')).toContainText(`${total - 1} of ${total} correct`)
  await expect(page.locator('[data-quiz-saved]')).toContainText('This is your first attempt')
  await expect(related.locator('[data-best-score]')).toHaveText(new RegExp(`^${total - 1} of ${total}`))
  await page
    .locator('article.diagram-page')
    .screenshot({ path: path.join(shots, 'diagram-quiz-checked.png'), animations: 'disabled' })

  // Second attempt, all right: a new best, reported against the first.
  await page.getByRole('button', { name: 'Try again' }).click()
  for (const n of d.nodes) await page.locator(`[data-node-id="${n.id}"] select`).selectOption(n.label)
  await page.getByRole('button', { name: 'Check' }).click()
  await expect(page.locator('[data-quiz-saved]')).toContainText(
    `a new best (before: ${total - 1} of ${total}`,
  )
  await expect(related.locator('[data-best-score]')).toHaveText(`${total} of ${total} (100%)`)
  await expect(related.getByRole('list', { name: 'Latest attempts' }).getByRole('listitem')).toHaveCount(2)

  // Stored: the score is still there after a reload, and on the gallery tile.
  await page.reload()
  await expect(related.locator('[data-best-score]')).toHaveText(`${total} of ${total} (100%)`)
  await page.goto(`${app.origin}/#/diagrams`)
  const tile = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: d.title, exact: true }) })
  await expect(tile).toContainText(`Best quiz ${total} of ${total} (100%)`)
  expect(errors).toEqual([])
})

test('a diagram exports as a standalone SVG file', async ({ page }) => {
  const d = diagrams.find((x) => x.id === 's3-encryption')!
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/diagrams/${d.id}`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`${d.id}.svg`)
  const file = path.join(app.dataDir, download.suggestedFilename())
  await download.saveAs(file)
  const svg = fs.readFileSync(file, 'utf8')
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg).toContain(`viewBox="0 0 ${d.width} ${d.height}"`)
  expect(svg).toContain(d.nodes[0]!.label)
  expect(svg).not.toContain('foreignObject')
  expect(svg).not.toContain('var(--')
})

test('notes show their diagram inline, with a way to the full view', async ({ page }) => {
  const errors = watchErrors(page)
  app = await startBrowserApp()
  await page.goto(app.url)
  const embeds: [string, string][] = [
    ['kinesis-overview', 'kinesis-family'],
    ['kinesis-data-streams', 'kinesis-data-streams'],
    ['glue-data-catalog', 'glue-catalog-crawlers'],
    ['glue-etl', 'glue-etl'],
    ['athena-overview', 'athena-data-lake'],
    ['s3-encryption', 's3-encryption'],
    ['step-functions', 'ml-pipeline-step-functions'],
  ]
  for (const [note, id] of embeds) {
    await page.goto(`${app.origin}/#/notes/${note}`)
    const embed = page.locator(`figure.diagram-embed[data-diagram="${id}"]`)
    await expect(embed.locator('[data-node-id]').first()).toBeVisible()
    const height = (await embed.locator('svg.diagram-svg').boundingBox())!.height
    expect(height).toBeLessThanOrEqual(342)
    expect(height).toBeGreaterThan(200)
    if (note === 'kinesis-data-streams' || note === 'step-functions') {
      await embed.scrollIntoViewIfNeeded()
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme)
        await embed.screenshot({
          path: path.join(shots, `diagram-embed-${note}-${theme}.png`),
          animations: 'disabled',
        })
      }
      await setTheme(page, 'light')
    }
  }
  expect(await axeViolations(page, 'figure.diagram-embed')).toEqual([])
  await page.locator('figure.diagram-embed').getByRole('link', { name: 'Open full diagram' }).click()
  await expect(page).toHaveURL(/#\/diagrams\/ml-pipeline-step-functions$/)
  await expect(page.getByRole('radio', { name: 'Explore' })).toBeChecked()
  expect(errors).toEqual([])
})
