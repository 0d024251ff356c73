// `npm test`: lint, type checks, unit and integration tests (Vitest), then the browser tests (Playwright),
// and one closing line `N passed, N failed, N skipped` summed over every runner.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function step(name, cmd, args) {
  console.log(`\n── ${name} ──`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) failures.push(name)
  return r.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))
  } catch {
    return null
  }
}

fs.mkdirSync(path.join(root, 'test-results'), { recursive: true })
for (const f of ['test-results/vitest.json', 'test-results/playwright.json']) fs.rmSync(path.join(root, f), { force: true })

step('lint', bin('eslint'), ['.', '--max-warnings=0'])
step('type check (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit'])
step('type check (renderer)', bin('vue-tsc'), ['-p', 'tsconfig.web.json', '--noEmit'])
step('unit and integration tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
const vitest = readJson('test-results/vitest.json')
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
} else if (!failures.includes('unit and integration tests')) failures.push('vitest report missing')

step('browser tests', bin('playwright'), ['test'])
const pw = readJson('test-results/playwright.json')
if (pw) {
  totals.passed += pw.stats.expected
  totals.failed += pw.stats.unexpected + pw.stats.flaky
  totals.skipped += pw.stats.skipped
} else if (!failures.includes('browser tests')) failures.push('playwright report missing')

// Steps without test counts (lint, type checks) count as one failed test each when they fail.
const uncounted = failures.filter((f) => !['unit and integration tests', 'browser tests'].includes(f)).length
totals.failed += uncounted
console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll steps passed.')
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failures.length ? 1 : 0)
