import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { startBrowserApp, type RunningApp } from './browser-app'

const shots = path.resolve('test-results/screenshots')
fs.mkdirSync(shots, { recursive: true })

let app: RunningApp
test.afterEach(async () => app?.stop())

test('walk the domains, read a note, search, mark read, and keep progress across reloads and restarts', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))

  app = await startBrowserApp()
  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible()
  expect(page.url()).not.toContain('token=')

  // Walk the domain tree.
  await page.getByRole('link', { name: 'Notes', exact: true }).click()
  const tree = page.getByRole('navigation', { name: 'Notes by domain' })
  for (const domain of ['Data Engineering', 'Exploratory Data Analysis', 'Modeling', 'Implementation and Operations']) {
    await expect(tree.getByRole('button', { name: new RegExp(domain) })).toBeVisible()
  }
  await tree.getByRole('link', { name: 'Kinesis Data Streams', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
  await expect(page.locator('.callout-tip').first()).toBeVisible()
  await page.screenshot({ path: path.join(shots, 'note-light.png') })

  // Search everywhere, open a result, see the match highlighted.
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search' })
  await expect(box).toBeFocused()
  await box.fill('firehose')
  await expect(page.getByRole('option').first()).toContainText(/Firehose/)
  await expect(page.getByRole('option').first().locator('mark').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Firehose')
  await expect(page.locator('.prose mark.search-hit').first()).toBeVisible()

  // Mark it read; the tree's counts follow.
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
  await page.getByRole('button', { name: 'Mark as read' }).click()
  await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
  await expect(page.getByText('1 / ', { exact: false }).first()).toBeVisible()

  // Reload: still read.
  await page.reload()
  await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()

  // Dark theme, chosen in the toolbar.
  await page.getByRole('button', { name: /Theme:/ }).click()
  await page.getByRole('button', { name: /Theme:/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.screenshot({ path: path.join(shots, 'note-dark.png') })

  // Restart the server on the same data folder: progress and the theme are still there.
  const dataDir = app.dataDir
  await app.stop()
  app = await startBrowserApp(dataDir)
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes`)
  await page.getByRole('navigation', { name: 'Notes by domain' }).getByRole('link', { name: title }).click()
  await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(errors).toEqual([])
})

test('a garbage database file is kept aside, the learner is told, and new progress is saved', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'mlsc-garbage-'))
  fs.writeFileSync(path.join(dataDir, 'progress.db'), 'garbage '.repeat(1000))
  app = await startBrowserApp(dataDir)
  expect(app.output.join('')).toMatch(/kept aside/)
  await page.goto(app.url)
  await expect(page.getByRole('status').filter({ hasText: 'kept aside' })).toBeVisible()
  await page.goto(`${app.origin}/#/notes/s3-overview`)
  await page.getByRole('button', { name: 'Mark as read' }).click()
  await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
  const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith('progress.db.damaged-') && !f.endsWith('-wal') && !f.endsWith('-shm'))
  expect(aside).toHaveLength(1)
  expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toBe('garbage '.repeat(1000))
  await app.stop()
  app = await startBrowserApp(dataDir)
  await page.goto(app.url)
  await page.goto(`${app.origin}/#/notes/s3-overview`)
  await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
})
