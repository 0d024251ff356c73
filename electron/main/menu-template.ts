// The application menu as data: File, Edit, View, Go, Study and Help carry the same actions, under the same
// shortcuts, as the command palette (both come from electron/shared/app-actions.ts). A plain function of its
// inputs, so a test can build it without Electron.
import type { MenuItemConstructorOptions } from 'electron'
import {
  acceleratorFor,
  actionGroups,
  appActions,
  type ActionGroup,
  type AppAction,
} from '../shared/app-actions'

export interface MenuTemplateOptions {
  mac: boolean
  /** Development builds keep reload and the developer tools. */
  dev: boolean
  diagrams: readonly { id: string; title: string }[]
  /** Sends an action id to the window. */
  send(actionId: string): void
  /** Opens AWS's certification page in the system browser (the only link the menu has). */
  openCertification(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

// The usual platform items around the app's own actions, per menu.
function rolesBefore(group: ActionGroup): MenuItemConstructorOptions[] {
  if (group !== 'Edit') return []
  return [
    { role: 'undo' },
    { role: 'redo' },
    separator,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
    separator,
  ]
}

function rolesAfter(group: ActionGroup, o: MenuTemplateOptions): MenuItemConstructorOptions[] {
  if (group === 'File') return [separator, o.mac ? { role: 'close' } : { role: 'quit' }]
  if (group === 'View')
    return [
      separator,
      ...(o.dev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ]
  if (group === 'Help') return [separator, { label: 'AWS Certification', click: () => o.openCertification() }]
  return []
}

function actionItem(a: AppAction, o: MenuTemplateOptions): MenuItemConstructorOptions {
  const accelerator = acceleratorFor(a.accelerator, o.mac)
  return {
    id: a.id,
    label: a.menuLabel ?? a.title,
    ...(accelerator ? { accelerator } : {}),
    click: () => o.send(a.id),
  }
}

/** One menu's items: its actions in order, the long lists as submenus, a separator where the kind changes. */
function groupItems(actions: AppAction[], o: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const submenus = new Map<string, MenuItemConstructorOptions[]>()
  let lastKind = ''
  for (const a of actions) {
    if (a.submenu) {
      if (!submenus.has(a.submenu)) {
        const sub: MenuItemConstructorOptions[] = []
        submenus.set(a.submenu, sub)
        if (lastKind !== 'submenu') items.push(separator)
        items.push({ label: a.submenu, submenu: sub })
        lastKind = 'submenu'
      }
      submenus.get(a.submenu)!.push(actionItem(a, o))
      continue
    }
    const kind = a.route ? 'route' : 'verb'
    if (lastKind && kind !== lastKind) items.push(separator)
    items.push(actionItem(a, o))
    lastKind = kind
  }
  return items
}

/** The whole menu bar. On macOS the app menu comes first and About moves into it, as the platform expects. */
export function buildMenuTemplate(o: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const actions = appActions(o.diagrams)
  const about = actions.find((a) => a.id === 'app:about')!
  const inGroup = (g: ActionGroup) => actions.filter((a) => a.group === g && !(o.mac && a === about))
  const menus: MenuItemConstructorOptions[] = actionGroups.map((g) => ({
    label: g,
    ...(g === 'Help' ? { role: 'help' as const } : {}),
    submenu: [...rolesBefore(g), ...groupItems(inGroup(g), o), ...rolesAfter(g, o)],
  }))
  const appMenu: MenuItemConstructorOptions[] = o.mac
    ? [
        {
          label: 'MLS Companion',
          submenu: [
            actionItem(about, o),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : []
  return [...appMenu, ...menus.slice(0, -1), { role: 'windowMenu' }, menus.at(-1)!]
}
