import { _electron as electron, expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The Electron binary, if this machine has one (it is fetched lazily and cannot be fetched everywhere). */
function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  const bin = probe.status === 0 ? probe.stdout.trim() : ''
  return bin && fs.existsSync(bin) ? bin : null
}

const binary = electronBinary()

test.describe('desktop app menu (Electron)', () => {
  test.skip(!binary, 'skipped: no Electron binary')

  test('the menu bar runs the palette’s actions in the window, and the title follows the page', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-electron-menu-'))
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, MLSC_DATA_DIR: dataDir },
    })
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible()
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label))
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Study', 'Help']))
    const click = (id: string) =>
      app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()!.getMenuItemById(itemId)!.click(), id)
    const windowTitle = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())

    await click('go:/notes')
    await expect(page).toHaveURL(/#\/notes$/)
    await click('calculator:athena')
    await expect(page.getByRole('heading', { level: 1, name: 'Athena cost' })).toBeVisible()
    await expect.poll(windowTitle).toBe('Athena cost · MLS Companion')

    await page.evaluate(() => (location.hash = '#/notes/kinesis-data-streams'))
    await expect(page.getByRole('heading', { level: 1, name: 'Kinesis Data Streams' })).toBeVisible()
    await expect.poll(windowTitle).toBe('Kinesis Data Streams · MLS Companion')
    await click('app:find')
    await expect(page.getByRole('textbox', { name: 'Find in this note' })).toBeFocused()
    await page.keyboard.type('shard')
    await expect(page.locator('#find-count')).toHaveText(/^1 of \d+$/)
    await page.keyboard.press('Escape')
    await click('app:palette')
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
    await app.close()
  })
})
