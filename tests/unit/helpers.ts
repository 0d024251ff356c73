import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { createAppCore, type AppCore, type AppCoreOptions } from '../../electron/core/app-core'
import { contentCompilerHash } from '../../scripts/content-compiler-hash.mjs'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const resourcesDir = path.join(root, 'resources')
export const migrationsDir = path.join(root, 'electron', 'core', 'db', 'migrations')

// Keyed by the compiler's sources: code run from source has no build-time compiler id, and a cache left by
// other sources must not be read.
const sharedContentCache = path.join(os.tmpdir(), `mlsc-test-content-cache-${contentCompilerHash(root)}`)

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'mlsc-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Registers something to undo after the test. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn)
}

/** The real core over the real bundle and a real SQLite file in a temporary folder, closed after the test. */
export function makeCore(options: Partial<AppCoreOptions> = {}): AppCore {
  const core = createAppCore({
    dataDir: tempDir(),
    resourcesDir,
    migrationsDir,
    mode: 'browser',
    version: '0.0.0-test',
    gate: { checkOutputs: true },
    // One compiled copy of the bundle for every test core (keyed by the bundle's fingerprint, so a test's
    // own broken bundle never matches it): the real loader, compiled once instead of per test.
    contentCacheDir: sharedContentCache,
    ...options,
  })
  cleanups.push(() => core.close())
  return core
}

/** Copies the real content bundle into a temporary folder, to be broken on purpose. */
export function copyBundle(): string {
  const dir = tempDir('mlsc-bundle-')
  fs.cpSync(resourcesDir, dir, { recursive: true })
  return dir
}
