import { expect, type Page } from '@playwright/test'

export interface AppRoute {
  name: string
  path: string
  /** Brings the page to the state worth checking, after it has loaded. */
  prepare?: (page: Page) => Promise<void>
}

// Every routed view, the practice tabs, one note (also with its find bar open), one diagram, every calculator
// and a running quiz.
export const appRoutes: AppRoute[] = [
  { name: 'today', path: '/' },
  { name: 'notes', path: '/notes' },
  { name: 'note', path: '/notes/kinesis-data-streams' },
  {
    name: 'note-find',
    path: '/notes/kinesis-data-streams',
    prepare: async (page) => {
      await page.keyboard.press('Control+f')
      await page.keyboard.type('shard')
      await expect(page.locator('#find-count')).toHaveText(/^1 of \d+$/)
    },
  },
  { name: 'practice-review', path: '/practice/review' },
  { name: 'practice-quiz', path: '/practice/quiz' },
  {
    name: 'quiz',
    path: '/practice/quiz',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start quiz' }).click()
      await expect(page.getByText(/^Question 1 of \d+ ·/)).toBeVisible()
    },
  },
  { name: 'practice-mock', path: '/practice/mock' },
  { name: 'practice-history', path: '/practice/history' },
  { name: 'diagrams', path: '/diagrams' },
  { name: 'diagram', path: '/diagrams/athena-data-lake' },
  { name: 'calculators', path: '/calculators' },
  ...['athena', 'quicksight', 'kinesis-data-streams', 'data-firehose', 's3-lifecycle'].map((id) => ({
    name: `calculator-${id}`,
    path: `/calculators/${id}`,
  })),
  { name: 'figures', path: '/figures' },
  { name: 'dashboard', path: '/dashboard' },
  { name: 'settings', path: '/settings' },
]

/** Opens a route and waits until its heading is up and its spinners are gone. */
export async function openRoute(page: Page, origin: string, route: AppRoute): Promise<void> {
  await page.goto(`${origin}/#${route.path}`)
  await expect(page.locator('main h1').first()).toBeVisible()
  await expect(page.locator('main .spinner')).toHaveCount(0, { timeout: 15_000 })
  if (route.prepare) await route.prepare(page)
  await page.waitForTimeout(300)
}

/** Switches the theme with the rail's button, as a learner would, so charts redraw too. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) {
    await page.getByRole('button', { name: /Theme:/ }).click()
    await page.waitForTimeout(100)
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}
