import { execFileSync } from 'node:child_process'

/** Builds whatever is stale before the browser tests run, so they always test the current code. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
