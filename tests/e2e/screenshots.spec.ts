import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'
import { appRoutes, openRoute, useTheme } from './app-routes'

const shots = path.resolve('test-results/screenshots')
let app: RunningApp | undefined
test.afterEach(async () => app?.stop())

for (const theme of ['light', 'dark'] as const) {
  test(`every route at a small and a large window (${theme})`, async ({ page }) => {
    test.setTimeout(300_000)
    fs.mkdirSync(shots, { recursive: true })
    app = await startBrowserApp()
    await page.goto(app.url)
    await useTheme(page, theme)
    for (const [w, h] of [
      [1024, 640],
      [1600, 1000],
    ] as const) {
      await page.setViewportSize({ width: w, height: h })
      for (const route of appRoutes) {
        await openRoute(page, app.origin, route)
        // Nothing may push the page sideways: the main area scrolls down, never across.
        const overflow = await page.evaluate(() => {
          const main = document.querySelector('main')!
          return main.scrollWidth - main.clientWidth
        })
        expect(overflow, `${route.name} at ${w}×${h} scrolls sideways`).toBeLessThanOrEqual(1)
        await page.screenshot({ path: path.join(shots, `route-${route.name}-${w}-${theme}.png`), animations: 'disabled' })
      }
    }
  })
}
