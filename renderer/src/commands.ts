// The command palette's actions, built from the app's one list of actions (shared with the desktop menu), and
// the keyboard shortcuts the "?" overlay documents. The actions only describe what to do; the palette supplies
// how (router, stores, backend) as a context.
import {
  acceleratorText,
  appActions,
  navTargets,
  type ActionGroup,
  type ActionVerb,
  type AppAction,
} from '@shared/app-actions'

export { calculatorTitles, navTargets } from '@shared/app-actions'

export interface Command {
  id: string
  title: string
  group: ActionGroup
  /** The shortcut that does the same, shown beside the command. */
  keys?: string
  run: () => void | Promise<void>
}

/** How each action is carried out: one function per verb, plus opening a page. */
export type CommandContext = Record<ActionVerb, () => void | Promise<void>> & {
  go(path: string): void
  diagrams: readonly { id: string; title: string }[]
}

// The palette lists the places first and the housekeeping last; within a group it keeps the menu's order.
const paletteOrder: ActionGroup[] = ['Go', 'Study', 'Edit', 'View', 'Help', 'File']

/** The palette's full list of actions for the given context. */
export function buildCommands(ctx: CommandContext, mac = false): Command[] {
  const rank = (a: AppAction) => paletteOrder.indexOf(a.group)
  const actions = appActions(ctx.diagrams).sort((x, y) => rank(x) - rank(y))
  return actions.map((a) => {
    const route = a.route
    const verb = a.verb
    return {
      id: a.id,
      title: a.title,
      group: a.group,
      keys: acceleratorText(a.accelerator, mac) ?? a.hint,
      run: route !== undefined ? () => ctx.go(route) : () => ctx[verb!](),
    }
  })
}

/** The shortcuts the "?" overlay lists, grouped as it shows them. */
export function shortcutGroups(mod = 'Ctrl'): { title: string; items: { keys: string[]; what: string }[] }[] {
  return [
    {
      title: 'Anywhere',
      items: [
        { keys: [`${mod}+K`], what: 'Search notes, cards, questions and glossary' },
        { keys: [`${mod}+Shift+P`], what: 'Command palette: every action' },
        { keys: ['?'], what: 'This list of shortcuts' },
        { keys: ['Esc'], what: 'Close a dialog or overlay' },
      ],
    },
    {
      title: 'Go to',
      items: navTargets.map((t) => ({
        keys: [
          `g ${t.key}`,
          ...(t.digit ? [`${mod}+${t.digit}`] : []),
          ...(t.path === '/settings' ? [`${mod}+,`] : []),
        ],
        what: t.title,
      })),
    },
    {
      title: 'Reading a note',
      items: [
        { keys: [`${mod}+F`], what: 'Find in the note' },
        { keys: ['Enter', 'F3'], what: 'Next match' },
        { keys: ['Shift+Enter', 'Shift+F3'], what: 'Previous match' },
      ],
    },
    {
      title: 'Reviewing cards',
      items: [
        { keys: ['Space', 'Enter'], what: 'Show the answer, then grade Good' },
        { keys: ['1', '2', '3', '4'], what: 'Grade Again, Hard, Good, Easy' },
        { keys: [`${mod}+Z`], what: 'Undo the last grade' },
        { keys: ['-'], what: 'Bury the card until tomorrow' },
        { keys: ['!'], what: 'Suspend the card' },
      ],
    },
  ]
}
