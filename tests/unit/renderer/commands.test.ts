import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { calculatorIds } from '@shared/content/ids'
import { buildCommands, navTargets, shortcutGroups, type CommandContext } from '@/commands'
import { fuzzyFilter, fuzzyScore } from '@/fuzzy'

// The router builds browser history when it loads, so its paths are read from its source.
const routerSource = fs.readFileSync(new URL('../../../renderer/src/router.ts', import.meta.url), 'utf8')
const routePaths = [...routerSource.matchAll(/path: '(\/[a-z]*)/g)].map((m) => m[1]!)

function context(log: string[]): CommandContext {
  const verb = (name: string) => () => void log.push(name)
  return {
    go: (p) => log.push(`go ${p}`),
    search: verb('search'),
    palette: verb('palette'),
    shortcuts: verb('shortcuts'),
    find: verb('find'),
    theme: verb('theme'),
    backup: verb('backup'),
    check: verb('check'),
    back: verb('back'),
    forward: verb('forward'),
    diagrams: [{ id: 'kinesis-video-streams', title: 'Kinesis Video Streams' }],
  }
}

describe('the command palette registry', () => {
  it('offers a way to every routed page, every calculator and every given diagram', async () => {
    const log: string[] = []
    const commands = buildCommands(context(log))
    for (const c of commands) await c.run()
    const paths = log.filter((l) => l.startsWith('go ')).map((l) => l.slice(3))
    expect(routePaths.length).toBeGreaterThanOrEqual(8)
    for (const p of routePaths)
      expect(
        paths.some((x) => x === p || x.startsWith(`${p}/`)),
        p,
      ).toBe(true)
    for (const id of calculatorIds) expect(paths).toContain(`/calculators/${id}`)
    expect(paths).toContain('/diagrams/kinesis-video-streams')
    expect(paths).toEqual(expect.arrayContaining(['/practice/review', '/practice/quiz', '/practice/mock']))
    expect(log).toEqual(
      expect.arrayContaining([
        'search',
        'palette',
        'shortcuts',
        'find',
        'theme',
        'backup',
        'check',
        'back',
        'forward',
      ]),
    )
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length)
  })

  it('shows each shortcut as the platform writes it', () => {
    const keys = (mac: boolean) =>
      Object.fromEntries(buildCommands(context([]), mac).map((c) => [c.id, c.keys]))
    expect(keys(false)).toMatchObject({
      'app:palette': 'Ctrl+Shift+P',
      'app:find': 'Ctrl+F',
      'go:/notes': 'Ctrl+2',
      'go:/settings': 'Ctrl+,',
      'go:back': 'Alt+←',
      'go:/figures': 'g f',
      'app:shortcuts': '?',
    })
    expect(keys(true)).toMatchObject({ 'app:palette': '⌘+Shift+P', 'app:search': '⌘+K', 'go:back': '⌘+[' })
  })

  it('documents every go-to shortcut it handles', () => {
    const go = shortcutGroups('Ctrl').find((g) => g.title === 'Go to')!
    expect(go.items.map((i) => i.what)).toEqual(navTargets.map((t) => t.title))
    expect(go.items[1]!.keys).toEqual(['g n', 'Ctrl+2'])
    expect(go.items.find((i) => i.what === 'Settings')!.keys).toEqual(['g s', 'Ctrl+7', 'Ctrl+,'])
  })
})

describe('fuzzy matching', () => {
  it('needs every character in order', () => {
    expect(fuzzyScore('stg', 'Go to Settings')).not.toBeNull()
    expect(fuzzyScore('gts', 'Go to Settings')).not.toBeNull()
    expect(fuzzyScore('zz', 'Go to Settings')).toBeNull()
    expect(fuzzyScore('og', 'Go to')).toBeNull()
  })

  it('ranks word starts and runs above scattered matches, and keeps order for an empty query', () => {
    const items = ['Open diagram: SageMaker pipelines', 'Go to Settings', 'Start a mock exam']
    expect(fuzzyFilter(items, 'settings', (x) => x)[0]).toBe('Go to Settings')
    expect(fuzzyFilter(items, 'mock', (x) => x)).toEqual(['Start a mock exam'])
    expect(fuzzyFilter(items, '', (x) => x)).toEqual(items)
  })
})
