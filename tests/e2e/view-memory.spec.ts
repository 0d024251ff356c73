import { expect, test, type Page } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'

let app: RunningApp | undefined
test.afterEach(async () => app?.stop())

const paneTop = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.scrollTop)
// A page holds its restored position for a moment while embeds lay out; a scroll by script (unlike the
// wheel or a key, which end that at once) waits until then.
const scrollPane = async (page: Page, selector: string, top: number) => {
  await page.waitForTimeout(1400)
  await page.locator(selector).evaluate((el, t) => {
    el.scrollTop = t
    el.dispatchEvent(new Event('scroll'))
  }, top)
}

test('each page keeps its scroll position, and a restart reopens the last page where it was', async ({
  page,
}) => {
  test.setTimeout(90_000)
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes/kinesis-data-streams`)
  await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
  await expect(page).toHaveTitle('Kinesis Data Streams · MLS Companion')

  // Read down the note, then open another from the list: it starts at its top.
  await scrollPane(page, '.note-pane', 900)
  await page.waitForTimeout(100)
  await page
    .getByRole('navigation', { name: 'Notes by domain' })
    .getByRole('link', { name: 'Kinesis Data Streams limits and shard sizing' })
    .click()
  await expect(page.locator('article h1')).toHaveText('Kinesis Data Streams limits and shard sizing')
  await expect.poll(() => paneTop(page, '.note-pane')).toBe(0)

  // Back: the first note is where it was left.
  await page.goBack()
  await expect(page.locator('article h1')).toHaveText('Kinesis Data Streams')
  await expect.poll(() => paneTop(page, '.note-pane')).toBe(900)

  // A page scrolled in the main area keeps its place too, and a page not seen before starts at the top.
  await page.goto(`${app.origin}/#/settings`)
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Price sheets and the dates they apply from' })).toBeVisible()
  await scrollPane(page, 'main', 400)
  await page.goto(`${app.origin}/#/calculators`)
  await expect(page.getByRole('heading', { level: 1, name: 'Calculators' })).toBeVisible()
  await expect.poll(() => paneTop(page, 'main')).toBe(0)
  await page.goBack()
  await expect.poll(() => paneTop(page, 'main')).toBe(400)

  // End on the note, scrolled; the position is saved to the progress store within a second.
  await page.goto(`${app.origin}/#/notes/kinesis-data-streams`)
  await expect.poll(() => paneTop(page, '.note-pane')).toBe(900)
  await scrollPane(page, '.note-pane', 1100)
  await page.waitForTimeout(1500)

  const dataDir = app.dataDir
  await app.stop()
  app = await startBrowserApp(dataDir)
  await page.goto(app.url)
  await expect(page).toHaveURL(/#\/notes\/kinesis-data-streams$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
  await expect.poll(() => paneTop(page, '.note-pane')).toBe(1100)

  // Today offers the same page to continue, by its name.
  await page.keyboard.press('Control+1')
  await expect(
    page.getByRole('link', { name: 'Continue where you left off: Kinesis Data Streams' }),
  ).toBeVisible()
})

test('the window title names the note, diagram or calculator on screen', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await expect(page).toHaveTitle('Today · MLS Companion')
  await page.goto(`${app.origin}/#/notes`)
  await expect(page).toHaveTitle('Notes · MLS Companion')
  await page.goto(`${app.origin}/#/notes/s3-overview`)
  await expect(page.locator('article h1')).toBeVisible()
  const noteTitle = (await page.locator('article h1').textContent())!.trim()
  await expect(page).toHaveTitle(`${noteTitle} · MLS Companion`)
  await page.goto(`${app.origin}/#/diagrams/athena-data-lake`)
  await expect(page.locator('main h1').first()).not.toHaveText(noteTitle)
  const diagramTitle = (await page.locator('main h1').first().textContent())!.trim()
  await expect(page).toHaveTitle(`${diagramTitle} · MLS Companion`)
  await page.goto(`${app.origin}/#/calculators/athena`)
  await expect(page).toHaveTitle('Athena cost · MLS Companion')
  await page.goto(`${app.origin}/#/practice/quiz`)
  await expect(page).toHaveTitle('Quiz · Practice · MLS Companion')
  // A note that does not exist keeps the section's name.
  await page.goto(`${app.origin}/#/notes/no-such-note`)
  await expect(page.getByRole('heading', { name: 'Note not found' })).toBeVisible()
  await expect(page).toHaveTitle('Notes · MLS Companion')
})

test('About lists the versions, every price sheet with its dates, and the data folder; Today counts study minutes', async ({
  page,
}) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await expect(page.locator('.plan .minutes')).toContainText('Study time 0 of 30 minutes')
  await page.keyboard.press('Control+Shift+P')
  await page.keyboard.type('about mls companion')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/settings#about$/)
  await expect(page.getByRole('heading', { name: 'About' })).toBeFocused()
  const about = page.locator('#about')
  await expect(about).toContainText('Content bundle')
  await expect(about).toContainText(app.dataDir)
  const rows = about
    .getByRole('table', { name: 'Price sheets and the dates they apply from' })
    .locator('tbody tr')
  await expect(rows).toHaveCount(10)
  await expect(rows.filter({ hasText: 'Amazon Athena SQL queries' })).toContainText('30 Nov 2016 – now')
  await expect(rows.filter({ hasText: 'QuickSight 2024' })).toContainText('30 Apr 2024 – 9 Oct 2025')
})
