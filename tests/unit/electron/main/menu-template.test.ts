import type { MenuItemConstructorOptions } from 'electron'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../../../electron/main/menu-template'
import { isActionId, menuActionChannel } from '../../../../electron/shared/app-actions'
import { buildCommands, type CommandContext } from '@/commands'

const diagrams = [
  { id: 'kinesis-data-streams', title: 'Inside a Kinesis data stream' },
  { id: 'athena-data-lake', title: 'Athena over an S3 data lake' },
]
const noop = () => undefined
const context: CommandContext = {
  go: noop,
  search: noop,
  palette: noop,
  shortcuts: noop,
  find: noop,
  theme: noop,
  backup: noop,
  check: noop,
  back: noop,
  forward: noop,
  diagrams,
}

/** Every item of a template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])])
}

function build(mac: boolean, sent: string[] = []) {
  return buildMenuTemplate({ mac, dev: false, diagrams, send: (id) => sent.push(id), openCertification: noop })
}

describe('the application menu', () => {
  for (const mac of [false, true]) {
    it(`offers exactly the command palette's actions, with the same shortcuts (${mac ? 'macOS' : 'Windows and Linux'})`, () => {
      const menuItems = items(build(mac)).filter((i) => i.id)
      const commands = buildCommands(context, mac)
      expect(menuItems.map((i) => i.id).sort()).toEqual(commands.map((c) => c.id).sort())
      for (const c of commands) {
        const item = menuItems.find((i) => i.id === c.id)!
        // The palette shows "Ctrl+K" or "⌘+K" for the menu's "CmdOrCtrl+K"; sequences like "g f" are the page's own.
        const shown =
          typeof item.accelerator === 'string'
            ? item.accelerator
                .replace(/^(CmdOrCtrl|Cmd)\+/, mac ? '⌘+' : 'Ctrl+')
                .replace(/Left$/, '←')
                .replace(/Right$/, '→')
            : undefined
        if (item.accelerator) expect(c.keys, c.id).toBe(shown)
        else
          expect(
            c.keys === undefined || !/\+/.test(c.keys),
            `${c.id} shows ${c.keys} but the menu has no accelerator`,
          ).toBe(true)
      }
    })
  }

  it('has File, Edit, View, Go, Study and Help, with no shortcut used twice', () => {
    const template = build(false)
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'Study',
      'windowMenu',
      'Help',
    ])
    const accelerators = items(template).flatMap((i) =>
      typeof i.accelerator === 'string' ? [i.accelerator] : [],
    )
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(accelerators).toEqual(
      expect.arrayContaining([
        'CmdOrCtrl+F',
        'CmdOrCtrl+K',
        'CmdOrCtrl+Shift+P',
        'CmdOrCtrl+1',
        'CmdOrCtrl+,',
      ]),
    )
    const mac = build(true)
    expect(mac[0]!.label).toBe('MLS Companion')
    expect(items(mac).find((i) => i.accelerator === 'Alt+Left')).toBeUndefined()
  })

  it('sends the clicked action’s id, which the preload lets through', () => {
    const sent: string[] = []
    const template = build(false, sent)
    for (const id of ['app:find', 'go:/notes', 'diagram:athena-data-lake', 'calculator:athena']) {
      const item = items(template).find((i) => i.id === id)!
      ;(item.click as () => void)()
    }
    expect(sent).toEqual(['app:find', 'go:/notes', 'diagram:athena-data-lake', 'calculator:athena'])
    expect(sent.every(isActionId)).toBe(true)
    expect(isActionId('go:/notes"); alert(1)')).toBe(false)
    expect(isActionId({ id: 'app:find' })).toBe(false)
  })

  it('talks to the window only through the preload’s one menu channel', () => {
    const preload = fs.readFileSync(new URL('../../../../electron/preload/index.ts', import.meta.url), 'utf8')
    const menu = fs.readFileSync(new URL('../../../../electron/main/menu.ts', import.meta.url), 'utf8')
    expect(menuActionChannel).toBe('menu:action')
    expect(preload).toMatch(/ipcRenderer\.on\(menuActionChannel,/)
    expect(menu).toMatch(/webContents\.send\(menuActionChannel, id\)/)
    expect(menu).not.toMatch(/executeJavaScript/)
  })
})
