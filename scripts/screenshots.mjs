// Retakes the README's screenshots (build/screenshots/) from the current app: builds, then runs the
// Playwright spec tagged @readme, which `npm test` leaves out.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const playwright = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'playwright.cmd' : 'playwright')
const run = spawnSync(playwright, ['test', 'tests/e2e/readme-screenshots.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MLSC_README_SCREENSHOTS: '1' },
})
process.exit(run.status ?? 1)
