// `npm run soak`: the long crash test — 500 SIGKILLs and 10,000 acknowledged reviews, every invariant checked
// after every kill. `npm test` runs the same test at 100 kills and 2,000 writes.
import { execFileSync } from 'node:child_process'

const env = { ...process.env, MLSC_CRASH_KILLS: process.env.MLSC_CRASH_KILLS ?? '500', MLSC_CRASH_WRITES: process.env.MLSC_CRASH_WRITES ?? '10000' }
execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/electron/core/crash.test.ts'], { stdio: 'inherit', env })
