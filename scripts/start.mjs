// `npm start`: builds what is stale, then launches the desktop app; where no Electron binary can be had,
// says so in one line and starts browser mode instead. `npm run web` goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const forward = process.argv.slice(2).filter((a) => a !== '--web')
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

/** The Electron binary's path, or null when it is not installed and cannot be fetched. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return probe.status === 0 && probe.stdout.trim() ? probe.stdout.trim() : null
}

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: root })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
}

const binary = process.argv.includes('--web') ? null : electronBinary()
if (binary) {
  const native = spawnSync(process.execPath, [path.join(root, 'scripts/electron-native.mjs')], { stdio: 'inherit' })
  if (native.status !== 0) console.log('Could not build better-sqlite3 for Electron; see the README (Two runtimes).')
  run(binary, [root, ...forward])
} else {
  if (!process.argv.includes('--web')) console.log('No Electron binary can be had on this machine, so MLS Companion starts in browser mode instead.')
  run(process.execPath, [path.join(root, 'out/server/main.cjs'), ...forward])
}
