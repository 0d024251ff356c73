import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'
import { useTheme } from './app-routes'

const shots = path.resolve('test-results/screenshots')
let app: RunningApp | undefined
test.afterEach(async () => app?.stop())

/** The sizes of the two find highlights the page has painted. */
const painted = (page: Page) =>
  page.evaluate(() => ({
    all: CSS.highlights.get('find-match')?.size ?? 0,
    current: CSS.highlights.get('find-current')?.size ?? 0,
  }))

test('Ctrl+F finds in the open note: count, next and previous, Escape gives focus back', async ({ page }) => {
  fs.mkdirSync(shots, { recursive: true })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes/kinesis-data-streams`)
  await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
  // The note's own HTML (the embeds beside it load on their own as they scroll into view).
  const noteHtml = () =>
    page.locator('article .prose > div').evaluateAll((els) => els.map((e) => e.innerHTML).join(''))
  const before = await noteHtml()

  const markRead = page.getByRole('button', { name: 'Mark as read' })
  await markRead.focus()
  await page.keyboard.press('Control+f')
  const input = page.getByRole('textbox', { name: 'Find in this note' })
  await expect(input).toBeFocused()
  await page.keyboard.type('SHARD')
  const count = page.getByRole('status').filter({ hasText: / of \d+|No matches/ })
  await expect(count).toHaveText(/^1 of \d+$/)
  const total = Number(/of (\d+)/.exec((await count.textContent())!)![1])
  expect(total).toBeGreaterThan(5)
  expect(await painted(page)).toEqual({ all: total - 1, current: 1 })

  await page.keyboard.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await page.keyboard.press('F3')
  await expect(count).toHaveText(`3 of ${total}`)
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Shift+F3')
  await expect(count).toHaveText(`1 of ${total}`)
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  // The last match is scrolled into the note pane's view.
  const inView = await page.evaluate(() => {
    const range = [...CSS.highlights.get('find-current')!][0] as Range
    const box = range.getBoundingClientRect()
    const pane = document.querySelector('.note-pane')!.getBoundingClientRect()
    return box.top >= pane.top && box.bottom <= pane.bottom
  })
  expect(inView).toBe(true)
  await useTheme(page, 'light')
  await page.screenshot({ path: path.join(shots, 'find-in-note-light.png') })
  await useTheme(page, 'dark')
  await input.focus()
  await page.screenshot({ path: path.join(shots, 'find-in-note-dark.png') })

  await input.fill('no such phrase here')
  await expect(count).toHaveText('No matches')
  expect(await painted(page)).toEqual({ all: 0, current: 0 })

  // The note's HTML is never changed; Escape closes, clears the paint and gives focus back.
  expect(await noteHtml()).toBe(before)
  await page.keyboard.press('Escape')
  await expect(input).toHaveCount(0)
  await expect(markRead).toBeFocused()
  expect(await painted(page)).toEqual({ all: 0, current: 0 })

  // The command palette's "Find in this note" opens it too, with the last phrase ready to change.
  await page.keyboard.press('Control+Shift+P')
  await page.keyboard.type('find in this note')
  await page.keyboard.press('Enter')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('no such phrase here')

  // Away from a note, Ctrl+F is left to the browser.
  await page.keyboard.press('Escape')
  await page.goto(`${app.origin}/#/dashboard`)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  const prevented = await page.evaluate(() => {
    const e = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true })
    document.body.dispatchEvent(e)
    return e.defaultPrevented
  })
  expect(prevented).toBe(false)
  expect(errors).toEqual([])
})
