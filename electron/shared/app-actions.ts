// Every action of the app in one list: the command palette shows it and the desktop app's menu is built from
// it, so both offer the same actions under the same shortcuts. Pure data with no imports at run time, so the
// preload can use it without pulling in the schemas.
import type { CalculatorId } from './content/ids'

/** The menu bar's menus, in order; each action sits in one of them. */
export const actionGroups = ['File', 'Edit', 'View', 'Go', 'Study', 'Help'] as const
export type ActionGroup = (typeof actionGroups)[number]

/** What an action does when it does more than open a page; the renderer supplies each of these. */
export type ActionVerb =
  'search' | 'palette' | 'shortcuts' | 'find' | 'theme' | 'backup' | 'check' | 'back' | 'forward'

/** An Electron accelerator ("CmdOrCtrl+K"), or one for macOS and one for the others where conventions differ. */
export type Accelerator = string | { mac: string; other: string }

export interface AppAction {
  /** Stable id, sent from the menu to the window: `group:name`. */
  id: string
  /** What the palette says. */
  title: string
  /** What the menu says, where it differs from the title. */
  menuLabel?: string
  group: ActionGroup
  /** A submenu of its group, for the long lists (diagrams, calculators). */
  submenu?: 'Diagrams' | 'Calculators'
  /** The shortcut, registered by the menu and handled by the window in browser mode. */
  accelerator?: Accelerator
  /** A key sequence the window handles that no menu can register ("?", "g f"); shown in the palette. */
  hint?: string
  /** The page it opens; actions without one name a verb. */
  route?: string
  verb?: ActionVerb
}

/** The channel on which the menu sends an action id to the window (main → renderer only). */
export const menuActionChannel = 'menu:action'

/** The app's pages in the rail's order; `key` follows "g", `digit` follows Ctrl/Cmd. */
export const navTargets = [
  { key: 'h', digit: 1, path: '/', title: 'Today' },
  { key: 'n', digit: 2, path: '/notes', title: 'Notes' },
  { key: 'd', digit: 3, path: '/diagrams', title: 'Diagrams' },
  { key: 'p', digit: 4, path: '/practice', title: 'Practice' },
  { key: 'r', digit: 5, path: '/dashboard', title: 'Dashboard' },
  { key: 'c', digit: 6, path: '/calculators', title: 'Calculators' },
  { key: 's', digit: 7, path: '/settings', title: 'Settings' },
  { key: 'f', digit: null, path: '/figures', title: 'Figures' },
] as const

/** Each calculator's name; the keys are every calculator there is (the type makes a missing one an error). */
export const calculatorTitles: Record<CalculatorId, string> = {
  athena: 'Athena cost',
  quicksight: 'QuickSight cost',
  'kinesis-data-streams': 'Kinesis Data Streams cost',
  'data-firehose': 'Data Firehose cost',
  's3-lifecycle': 'S3 lifecycle cost',
}

// Settings keeps the desktop convention Ctrl/Cmd+, in the menu; its digit still works in the window.
const navAccelerator = (t: (typeof navTargets)[number]): string | undefined =>
  t.path === '/settings' ? 'CmdOrCtrl+,' : t.digit ? `CmdOrCtrl+${t.digit}` : undefined

const fixedActions: readonly AppAction[] = [
  { id: 'data:backup', title: 'Back up progress now', group: 'File', verb: 'backup' },
  { id: 'data:check', title: 'Check the database', group: 'File', verb: 'check' },
  {
    id: 'app:find',
    title: 'Find in this note',
    menuLabel: 'Find in Note…',
    group: 'Edit',
    accelerator: 'CmdOrCtrl+F',
    verb: 'find',
  },
  {
    id: 'app:search',
    title: 'Search notes, cards and questions',
    menuLabel: 'Search Everything…',
    group: 'Edit',
    accelerator: 'CmdOrCtrl+K',
    verb: 'search',
  },
  {
    id: 'app:palette',
    title: 'Show all commands',
    menuLabel: 'Command Palette…',
    group: 'View',
    accelerator: 'CmdOrCtrl+Shift+P',
    verb: 'palette',
  },
  {
    id: 'app:theme',
    title: 'Toggle theme (light, dark, system)',
    menuLabel: 'Toggle Theme',
    group: 'View',
    verb: 'theme',
  },
  ...navTargets.map<AppAction>((t) => ({
    id: `go:${t.path}`,
    title: `Go to ${t.title}`,
    menuLabel: t.title,
    group: 'Go',
    route: t.path,
    accelerator: navAccelerator(t),
    hint: t.digit ? undefined : `g ${t.key}`,
  })),
  {
    id: 'go:back',
    title: 'Go back',
    menuLabel: 'Back',
    group: 'Go',
    accelerator: { mac: 'Cmd+[', other: 'Alt+Left' },
    verb: 'back',
  },
  {
    id: 'go:forward',
    title: 'Go forward',
    menuLabel: 'Forward',
    group: 'Go',
    accelerator: { mac: 'Cmd+]', other: 'Alt+Right' },
    verb: 'forward',
  },
  {
    id: 'practice:review',
    title: 'Start review of due cards',
    menuLabel: 'Review Due Cards',
    group: 'Study',
    route: '/practice/review',
  },
  {
    id: 'practice:quiz',
    title: 'Start a quiz',
    menuLabel: 'Start a Quiz',
    group: 'Study',
    route: '/practice/quiz',
  },
  {
    id: 'practice:mock',
    title: 'Start a mock exam',
    menuLabel: 'Start a Mock Exam',
    group: 'Study',
    route: '/practice/mock',
  },
  {
    id: 'practice:history',
    title: 'Show mock exam history',
    menuLabel: 'Mock Exam History',
    group: 'Study',
    route: '/practice/history',
  },
  {
    id: 'app:shortcuts',
    title: 'Show keyboard shortcuts',
    menuLabel: 'Keyboard Shortcuts',
    group: 'Help',
    hint: '?',
    verb: 'shortcuts',
  },
  {
    id: 'app:about',
    title: 'About MLS Companion: versions, price sheets, data folder',
    menuLabel: 'About MLS Companion',
    group: 'Help',
    route: '/settings#about',
  },
]

/** Every action, the diagrams' among them (they come from the content bundle, so the caller passes them). */
export function appActions(diagrams: readonly { id: string; title: string }[]): AppAction[] {
  return [
    ...fixedActions,
    ...diagrams.map<AppAction>((d) => ({
      id: `diagram:${d.id}`,
      title: `Open diagram: ${d.title}`,
      menuLabel: d.title,
      group: 'Study',
      submenu: 'Diagrams',
      route: `/diagrams/${d.id}`,
    })),
    ...(Object.keys(calculatorTitles) as CalculatorId[]).map<AppAction>((id) => ({
      id: `calculator:${id}`,
      title: `Open calculator: ${calculatorTitles[id]}`,
      menuLabel: calculatorTitles[id],
      group: 'Study',
      submenu: 'Calculators',
      route: `/calculators/${id}`,
    })),
  ]
}

/** The accelerator for one platform, or undefined. */
export function acceleratorFor(accelerator: Accelerator | undefined, mac: boolean): string | undefined {
  if (accelerator === undefined) return undefined
  return typeof accelerator === 'string' ? accelerator : mac ? accelerator.mac : accelerator.other
}

/** How a shortcut reads on screen: "Ctrl+Shift+P", "⌘+K", "Alt+←". */
export function acceleratorText(accelerator: Accelerator | undefined, mac: boolean): string | undefined {
  const a = acceleratorFor(accelerator, mac)
  return a
    ?.replace(/^(CmdOrCtrl|Cmd|Command)(?=\+)/, mac ? '⌘' : 'Ctrl')
    .replace(/\bLeft$/, '←')
    .replace(/\bRight$/, '→')
}

/** Whether a value can be an action id (what the preload lets through from the menu). */
export function isActionId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]+:[a-z0-9/#-]{1,100}$/.test(value)
}
