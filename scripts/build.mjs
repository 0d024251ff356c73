// Builds what is stale: the renderer (Vite), and the main process, preload and browser-mode server (esbuild).
// Usage: node scripts/build.mjs [--force]
import { build as esbuild } from 'esbuild'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentCompilerHash } from './content-compiler-hash.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const force = process.argv.includes('--force')

/** The newest modification time of any file under the given folders. */
function newest(...dirs) {
  let t = 0
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    const s = fs.statSync(p)
    if (s.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e))
    else t = Math.max(t, s.mtimeMs)
  }
  dirs.forEach((d) => walk(path.join(root, d)))
  return t
}
const builtAt = (file) => (fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0)
const stale = (output, ...inputs) => force || builtAt(output) < newest(...inputs, 'package.json')

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __MLSC_CONTENT_COMPILER__: JSON.stringify(contentCompilerHash(root)) },
}
const tasks = []

if (stale('out/renderer/index.html', 'renderer', 'electron/shared', 'vite.config.mts')) {
  tasks.push(
    (async () => {
      const { build } = await import('vite')
      await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' })
      return 'renderer'
    })(),
  )
}
if (stale('out/server/main.cjs', 'electron/server', 'electron/core', 'electron/shared')) {
  tasks.push(
    esbuild({ ...node, entryPoints: [path.join(root, 'electron/server/main.ts')], outfile: path.join(root, 'out/server/main.cjs'), external: ['better-sqlite3'] }).then(() => 'server'),
  )
}
if (stale('out/main/index.cjs', 'electron/main', 'electron/core', 'electron/shared', 'electron/server')) {
  tasks.push(
    esbuild({ ...node, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(root, 'out/main/index.cjs'), external: ['electron', 'better-sqlite3'] }).then(() => 'main'),
  )
}
if (stale('out/preload/index.cjs', 'electron/preload', 'electron/shared/channels.ts', 'electron/shared/app-actions.ts', 'electron/shared/preload-api.ts')) {
  // A sandboxed preload may only require 'electron': everything else is bundled in.
  tasks.push(
    esbuild({ ...node, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(root, 'out/preload/index.cjs'), external: ['electron'] }).then(() => 'preload'),
  )
}

const started = Date.now()
const done = await Promise.all(tasks)
// The content bundle compiled once, here, so that no start has to parse, validate and render it.
if (done.includes('server') || stale('out/content/.compiled', 'resources')) {
  fs.rmSync(path.join(root, 'out/content'), { recursive: true, force: true })
  execFileSync(process.execPath, [path.join(root, 'out/server/main.cjs'), '--compile-content', path.join(root, 'out/content')], { stdio: 'ignore' })
  fs.writeFileSync(path.join(root, 'out/content/.compiled'), new Date().toISOString())
  done.push('content')
}
console.log(done.length ? `Built ${done.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Build is up to date.')
