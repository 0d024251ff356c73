import { expect, test, type Locator, type Page } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'

let app: RunningApp | undefined
test.afterEach(async () => app?.stop())

/** Presses Tab until the target has focus, as a keyboard user would, failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** Runs a command from the palette by typing part of its name. */
async function command(page: Page, text: string) {
  await page.keyboard.press('Control+Shift+P')
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0)
}

test('a whole study session with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  app = await startBrowserApp()
  await page.goto(app.url)

  // First run: the welcome takes focus; set goals and start. (A loaded machine may take a while to boot the page.)
  const welcome = page.getByRole('heading', { name: 'Welcome to MLS Companion' })
  await expect(welcome).toBeVisible({ timeout: 20_000 })
  await expect(welcome).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Exam date')).toBeFocused()
  await tabTo(page, page.getByLabel('New cards a day'), 5)
  await page.keyboard.press('Control+a')
  await page.keyboard.type('15')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('45')
  await tabTo(page, page.getByRole('button', { name: 'Start studying' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Welcome to MLS Companion' })).toHaveCount(0)

  // The shortcuts help opens and closes.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')

  // Go to the notes, then search and open a note.
  await page.keyboard.press('g')
  await page.keyboard.press('n')
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('kinesis data streams shards')
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/#\/notes\/[a-z0-9-]+/)

  // Find in the note: type a word, see the count, step to the next match, Escape gives focus back.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('textbox', { name: 'Find in this note' })).toBeFocused()
  await page.keyboard.type('shard')
  const findCount = page.locator('#find-count')
  await expect(findCount).toHaveText(/^1 of \d+$/)
  await page.keyboard.press('Enter')
  await expect(findCount).toHaveText(/^2 of \d+$/)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('search', { name: 'Find in this note' })).toHaveCount(0)
  // Nothing had focus, so the note pane takes it: the arrow keys scroll the note.
  await expect(page.locator('.note-pane')).toBeFocused()

  // Review five cards: reveal with Space, grade Good with 3.
  await command(page, 'start review')
  await expect(page).toHaveURL(/#\/practice\/review/)
  await tabTo(page, page.getByRole('button', { name: /Study now/ }))
  await page.keyboard.press('Enter')
  const session = page.getByRole('region', { name: /^Review:/ })
  await expect(session).toBeVisible()
  const newLeft = async () => Number(/(\d+) new/.exec(await session.innerText())?.[1] ?? NaN)
  // The session's counts arrive with its first card: wait for them before reading.
  await expect.poll(newLeft).toBe(15)
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Space')
    await expect(session.getByRole('button', { name: /Good/ })).toBeVisible()
    await page.keyboard.press('3')
    await expect(session.getByText(`${i + 1} done today`)).toBeVisible()
  }
  await expect.poll(newLeft).toBe(10)

  // Answer one quiz question.
  await command(page, 'start a quiz')
  await tabTo(page, page.getByRole('button', { name: 'Start quiz' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Question 1 of \d+ ·/)).toBeVisible()
  const question = page.locator('fieldset.question')
  const hint = (await question.locator('.hint strong').textContent())!
  const choose = hint === 'Choose one.' ? 1 : hint === 'Choose two.' ? 2 : 3
  const inputs = question.locator('input')
  await tabTo(page, inputs.first())
  await page.keyboard.press('Space')
  for (let i = 1; i < choose; i++) {
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
  }
  await tabTo(page, page.getByRole('button', { name: 'Check answer' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible()

  // Open a diagram from the palette and bring up a box's facts.
  await command(page, 'diagram inside a kinesis data stream')
  await expect(page).toHaveURL(/#\/diagrams\/kinesis-data-streams/)
  const facts = page.getByRole('complementary', { name: 'Facts about the selected box' })
  await tabTo(page, page.locator('[data-node-id]').first())
  await expect(facts.getByRole('heading')).toBeVisible()

  // Use a calculator.
  await command(page, 'calculator athena')
  await expect(page.getByRole('heading', { level: 1, name: 'Athena cost' })).toBeVisible()
  const queries = page.getByLabel('Queries', { exact: true })
  await tabTo(page, queries)
  await page.keyboard.press('Control+a')
  await page.keyboard.type('10')
  await expect(queries).toHaveValue('10')

  // Settings, by its shortcut.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+7')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page).toHaveTitle('Settings · MLS Companion')
  await expect(page.getByLabel('New cards a day')).toHaveValue('15')
  await expect(page.getByLabel('Minutes a day')).toHaveValue('45')
  expect(errors).toEqual([])
})
