import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'
import { appRoutes, openRoute, useTheme } from './app-routes'

let app: RunningApp | undefined
test.afterEach(async () => app?.stop())

for (const theme of ['light', 'dark'] as const) {
  test(`every route has no serious or critical accessibility violations (${theme})`, async ({ page }) => {
    test.setTimeout(240_000)
    app = await startBrowserApp()
    await page.goto(app.url)
    await useTheme(page, theme)
    const found: string[] = []
    for (const route of appRoutes) {
      await openRoute(page, app.origin, route)
      const { violations } = await new AxeBuilder({ page }).analyze()
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
        found.push(`${route.name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`)
    }
    expect(found, found.join('\n')).toEqual([])
  })
}

test('focus is always visible, and Escape closes every overlay and gives focus back', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()

  // Every stop of the first thirty Tab presses draws a visible outline or ring.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return 'body'
      const s = getComputedStyle(el)
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
      return visible ? 'ok' : `no focus ring on ${el.tagName.toLowerCase()}#${el.id}.${el.className} "${el.textContent?.trim().slice(0, 30)}" (${s.outlineStyle} ${s.outlineWidth})`
    })
    expect(ring === 'ok' || ring === 'body', ring).toBe(true)
  }

  const notesLink = page.getByRole('link', { name: 'Notes', exact: true })
  await notesLink.focus()
  for (const [keys, dialog] of [
    ['Control+k', 'Search everything'],
    ['Control+Shift+P', 'Command palette'],
    ['?', 'Keyboard shortcuts'],
  ] as const) {
    await page.keyboard.press(keys)
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(notesLink).toBeFocused()
  }
})
