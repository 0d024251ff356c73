// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules' Node build (used by
// the tests) untouched. Needs internet for Electron's headers, as on a developer's laptop.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const out = path.join(root, '.electron-native')
const target = path.join(out, 'better_sqlite3.node')
const stamp = path.join(out, 'electron-version')
if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion) process.exit(0)

const work = path.join(out, 'build')
fs.rmSync(work, { recursive: true, force: true })
fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true })
fs.rmSync(path.join(work, 'build'), { recursive: true, force: true })
console.log(`Building better-sqlite3 for Electron ${electronVersion}…`)
const r = spawnSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['node-gyp', 'rebuild', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron', '--nodedir='],
  { cwd: work, stdio: 'inherit' },
)
if (r.status !== 0) process.exit(r.status ?? 1)
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target)
fs.writeFileSync(stamp, electronVersion)
