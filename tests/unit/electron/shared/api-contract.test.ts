import { build } from 'esbuild'
import vm from 'node:vm'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract } from '../../../../electron/shared/api'
import { channelNames } from '../../../../electron/shared/channels'
import { sampleInputs } from '../../channel-samples'
import { root } from '../../helpers'

describe('the contract', () => {
  it('names every channel domain:verb, each with a strict input schema and an output schema', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort())
    for (const channel of channelNames) {
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/)
      const { input, output } = contract[channel]
      expect(input, channel).toBeInstanceOf(z.ZodType)
      expect(output, channel).toBeInstanceOf(z.ZodType)
      expect(input.safeParse(sampleInputs[channel]).success, `${channel} sample`).toBe(true)
      // Strict: an unknown key is refused.
      expect(input.safeParse({ ...(sampleInputs[channel] as object), unexpectedKey: 1 }).success, `${channel} strict`).toBe(false)
    }
  })

  it('is exposed by the preload as exactly one named method per channel, and nothing generic', async () => {
    const out = await build({ entryPoints: [path.join(root, 'electron/preload/index.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', external: ['electron'] })
    const exposed: Record<string, unknown> = {}
    const invoked: [string, unknown][] = []
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>()
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => (invoked.push([channel, input]), Promise.resolve()),
        on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => void listeners.set(channel, fn),
      },
    }
    vm.runInNewContext(out.outputFiles[0]!.text, { require: (m: string) => (m === 'electron' ? electron : undefined), module: {}, exports: {} })
    expect(Object.keys(exposed)).toEqual(['api', 'appMenu'])
    const api = exposed.api as Record<string, (input: unknown) => unknown>
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort())
    expect(Object.isFrozen(api)).toBe(true)
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'call']) expect(api).not.toHaveProperty(name)
    await api['notes:get']!({ id: 's3-overview' })
    expect(invoked).toEqual([['notes:get', { id: 's3-overview' }]])

    // The menu bridge: one method, one fixed channel, only well-formed action ids and never the IPC event.
    const menu = exposed.appMenu as { onAction: (fn: (...args: unknown[]) => void) => void }
    expect(Object.keys(menu)).toEqual(['onAction'])
    expect(Object.isFrozen(menu)).toBe(true)
    const got: unknown[][] = []
    menu.onAction((...args) => got.push(args))
    menu.onAction(() => got.push(['second listener']))
    expect([...listeners.keys()]).toEqual(['menu:action'])
    const send = listeners.get('menu:action')!
    send({ sender: 'event' }, 'app:find')
    send({ sender: 'event' }, 'x'.repeat(300))
    send({ sender: 'event' }, { id: 'app:find' })
    expect(got).toEqual([['app:find']])
  })
})
