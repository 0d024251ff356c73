// Browser mode's entry point: the same core and gate as the desktop app, served on 127.0.0.1.
import fs from 'node:fs'
import path from 'node:path'
import { createAppCore } from '../core/app-core'
import { compileContent } from '../core/content/content-cache'
import { defaultDataDir } from '../core/data-dir'
import { AppError } from '../shared/errors'
import { startBrowserServer } from './server'

/** The project folder: the nearest parent of this file that holds package.json. */
function findRoot(start: string): string {
  let dir = start
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir)
    if (up === dir) throw new Error('Cannot find the MLS Companion folder (no package.json above the server).')
    dir = up
  }
  return dir
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const root = findRoot(__dirname)
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const resourcesDir = process.env.MLSC_RESOURCES_DIR ?? path.join(root, 'resources')
  const compileTo = argValue('--compile-content')
  if (compileTo) {
    // Build step: compile the bundle once so that no start has to parse, validate and render it.
    const fingerprint = compileContent(resourcesDir, path.resolve(compileTo))
    console.log(`Content compiled to ${compileTo} (${fingerprint.slice(0, 12)}).`)
    return
  }
  const dataDir = path.resolve(argValue('--data-dir') ?? defaultDataDir())
  const core = createAppCore({
    dataDir,
    resourcesDir,
    prebuiltContentDir: path.join(root, 'out', 'content'),
    migrationsDir: path.join(root, 'electron', 'core', 'db', 'migrations'),
    mode: 'browser',
    version: pkg.version,
    gate: { onInternalError: (channel, err) => console.error(`[${channel}]`, err) },
  })
  const server = await startBrowserServer({
    dispatch: core.dispatch,
    rendererDir: process.env.MLSC_RENDERER_DIR ?? path.join(root, 'out', 'renderer'),
    port: Number(argValue('--port') ?? process.env.MLSC_PORT ?? 0),
  })
  core.services.data.startSchedule()
  for (const notice of core.notices) console.log(`Notice: ${notice}`)
  if (core.problems.length > 0) console.log(`Content: ${core.problems.length} problem(s) in the bundle; the app shows them under About.`)
  console.log(`MLS Companion (browser mode) is running. Data folder: ${dataDir}`)
  console.log(`Open: ${server.url}`)
  const stop = () => {
    void server.close().then(() => {
      core.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err instanceof AppError ? `MLS Companion cannot start: ${err.message}` : err)
  process.exit(1)
})
