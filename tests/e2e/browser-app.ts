import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface RunningApp {
  url: string
  origin: string
  dataDir: string
  output: string[]
  stop(): Promise<void>
}

/** Starts browser mode's server on a data folder (a fresh temporary one by default) and waits for its URL. */
export async function startBrowserApp(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-e2e-')), env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'out/server/main.cjs'), '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString())
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output.join(''))
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output.join('')}`))
    })
  })
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
