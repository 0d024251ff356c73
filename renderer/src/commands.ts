// Every action the command palette offers, and the keyboard shortcuts the "?" overlay documents.
// The actions only describe what to do; the palette supplies how (router, stores, backend) as a context.
import { calculatorIds, type CalculatorId } from '@shared/content/ids'

export interface Command {
  id: string
  title: string
  group: 'Go to' | 'Practice' | 'Diagram' | 'Calculator' | 'App' | 'Data'
  /** The shortcut that does the same, shown beside the command. */
  keys?: string
  run: () => void | Promise<void>
}

export interface CommandContext {
  go(path: string): void
  openSearch(): void
  openShortcuts(): void
  cycleTheme(): void | Promise<void>
  backUp(): Promise<void>
  checkDatabase(): Promise<void>
  diagrams: readonly { id: string; title: string }[]
}

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

export const calculatorTitles: Record<CalculatorId, string> = {
  athena: 'Athena cost',
  quicksight: 'QuickSight cost',
  'kinesis-data-streams': 'Kinesis Data Streams cost',
  'data-firehose': 'Data Firehose cost',
  's3-lifecycle': 'S3 lifecycle cost',
}

/** The palette's full list of actions for the given context. */
export function buildCommands(ctx: CommandContext, mod = 'Ctrl'): Command[] {
  const nav: Command[] = navTargets.map((t) => ({
    id: `go:${t.path}`,
    title: `Go to ${t.title}`,
    group: 'Go to',
    keys: t.digit ? `${mod}+${t.digit}` : `g ${t.key}`,
    run: () => ctx.go(t.path),
  }))
  return [
    ...nav,
    { id: 'app:search', title: 'Search notes, cards and questions', group: 'App', keys: `${mod}+K`, run: ctx.openSearch },
    { id: 'app:theme', title: 'Toggle theme (light, dark, system)', group: 'App', run: ctx.cycleTheme },
    { id: 'app:shortcuts', title: 'Show keyboard shortcuts', group: 'App', keys: '?', run: ctx.openShortcuts },
    { id: 'practice:review', title: 'Start review of due cards', group: 'Practice', run: () => ctx.go('/practice/review') },
    { id: 'practice:quiz', title: 'Start a quiz', group: 'Practice', run: () => ctx.go('/practice/quiz') },
    { id: 'practice:mock', title: 'Start a mock exam', group: 'Practice', run: () => ctx.go('/practice/mock') },
    { id: 'practice:history', title: 'Show mock exam history', group: 'Practice', run: () => ctx.go('/practice/history') },
    ...ctx.diagrams.map<Command>((d) => ({
      id: `diagram:${d.id}`,
      title: `Open diagram: ${d.title}`,
      group: 'Diagram',
      run: () => ctx.go(`/diagrams/${d.id}`),
    })),
    ...calculatorIds.map<Command>((id) => ({
      id: `calculator:${id}`,
      title: `Open calculator: ${calculatorTitles[id]}`,
      group: 'Calculator',
      run: () => ctx.go(`/calculators/${id}`),
    })),
    { id: 'data:backup', title: 'Back up progress now', group: 'Data', run: ctx.backUp },
    { id: 'data:check', title: 'Check the database', group: 'Data', run: ctx.checkDatabase },
  ]
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
        keys: t.digit ? [`g ${t.key}`, `${mod}+${t.digit}`] : [`g ${t.key}`],
        what: t.title,
      })),
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
