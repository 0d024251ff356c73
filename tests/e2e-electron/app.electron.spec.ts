import { _electron as electron, expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The Electron binary, if this machine has one (it is fetched lazily and cannot be fetched everywhere). */
function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 60_000 })
  const bin = probe.status === 0 ? probe.stdout.trim() : ''
  return bin && fs.existsSync(bin) ? bin : null
}

const binary = electronBinary()
if (!binary) console.log('skipped: no Electron binary (the desktop tests run where Electron can be installed)')

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'skipped: no Electron binary')

  test('walk the domains, read a note, search, mark read, and keep progress after a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-electron-'))
    const launch = () => electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, MLSC_DATA_DIR: dataDir } })
    let app = await launch()
    let page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible()
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await page.getByRole('link', { name: 'Notes', exact: true }).click()
    await page.getByRole('navigation', { name: 'Notes by domain' }).getByRole('link', { name: 'Kinesis Data Streams', exact: true }).click()
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search' }).fill('firehose')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Firehose')
    await page.getByRole('button', { name: 'Mark as read' }).click()
    await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
    await app.close()
    app = await launch()
    page = await app.firstWindow()
    await page.evaluate(() => (location.hash = '#/notes/data-firehose'))
    await expect(page.getByRole('button', { name: '✓ Read' })).toBeVisible()
    await app.close()
  })
})
