import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { startBrowserApp, type RunningApp } from './browser-app'

let app: RunningApp
test.afterEach(async () => app?.stop())

const routes = ['/', '/notes', '/notes/kinesis-data-streams', '/practice', '/diagrams', '/diagrams/kinesis-family', '/calculators', '/calculators/athena', '/figures', '/dashboard', '/settings']

test('a full tour makes no request outside the app and breaks no content-security rule', async ({ page }) => {
  app = await startBrowserApp()
  const requests: string[] = []
  const violations: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()))
  await page.goto(app.url)
  for (const r of routes) {
    await page.goto(`${app.origin}/#${r}`)
    await page.locator('main h1, main h2').first().waitFor()
    await page.waitForLoadState('networkidle')
  }
  const foreign = requests.filter((u) => !u.startsWith(app.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'))
  expect(foreign).toEqual([])
  expect(requests.length).toBeGreaterThan(routes.length)
  expect(violations).toEqual([])
  console.log(`offline tour: ${requests.length} requests recorded, all to ${app.origin}`)
})

test('the Content-Security-Policy blocks inline script, eval and remote images', async ({ page }) => {
  app = await startBrowserApp()
  const violations: string[] = []
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()))
  // A request the policy blocks may still be announced, but it never gets a response.
  const outside: string[] = []
  page.on('response', (r) => !r.url().startsWith(app.origin) && !r.url().startsWith('data:') && outside.push(r.url()))
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'Today' }).waitFor()
  const result = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.head.append(s)
    // Code evaluated from a string, run later by the page itself (a test's own evaluate is exempt from CSP):
    // a string timer is governed by the same 'unsafe-eval' rule as eval and new Function.
    ;(window.setTimeout as unknown as (code: string, ms: number) => number)('window.__evalRan = true', 0)
    const iframe = document.createElement('iframe')
    iframe.srcdoc = '<script>parent.__srcdocRan = true<\/script>'
    document.body.append(iframe)
    const img = document.createElement('img')
    img.src = 'http://example.com/tracker.png'
    document.body.append(img)
    await new Promise((r) => setTimeout(r, 300))
    return { inline: w.__inlineRan === true, evalRan: w.__evalRan === true, srcdoc: w.__srcdocRan === true }
  })
  expect(result).toEqual({ inline: false, evalRan: false, srcdoc: false })
  expect(outside).toEqual([])
  expect(violations.length).toBeGreaterThanOrEqual(3)
})

test('a page from another local origin cannot change anything (fetch, form POST, sendBeacon)', async ({ page }) => {
  app = await startBrowserApp()
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'Today' }).waitFor()
  const target = `${app.origin}/api/notes:setRead`
  const body = JSON.stringify({ id: 's3-overview', read: true })
  const attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(`<!doctype html><body>
      <form id="f" method="POST" action="${target}" enctype="text/plain" target="sink"><input name='${body.slice(0, -1)}' value='}'></form>
      <iframe name="sink"></iframe>
      <script>
        fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(body)} }).catch(() => {})
        fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(body)} }).catch(() => {})
        navigator.sendBeacon(${JSON.stringify(target)}, new Blob([${JSON.stringify(body)}], { type: 'application/json' }))
        document.getElementById('f').submit()
      </script></body>`)
  })
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()))
  const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`
  const statuses: number[] = []
  const attackPage = await page.context().newPage()
  attackPage.on('response', (r) => r.url().startsWith(app.origin) && statuses.push(r.status()))
  await attackPage.goto(attackerUrl)
  await attackPage.waitForTimeout(1500)
  attacker.close()
  // Every request that reached the app was refused, and nothing was recorded.
  expect(statuses.every((s) => s === 403 || s === 415)).toBe(true)
  await page.goto(`${app.origin}/#/notes/s3-overview`)
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible()
})
