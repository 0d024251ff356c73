// The app's actions, ready to run: the command palette lists them and the desktop menu sends their ids here,
// so an action does exactly the same thing wherever it starts.
import { computed, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { isActionId } from '@shared/app-actions'
import { api } from '@/api'
import { useAppStore } from '@/app-store'
import { buildCommands, type Command } from '@/commands'
import { findTarget } from '@/find-target'
import { useSearchStore } from '@/features/search/search-store'
import { useSettingsStore } from '@/features/settings/settings-store'
import { overlays } from '@/overlays'

const diagrams = shallowRef<{ id: string; title: string }[]>([])
let diagramsLoading: Promise<void> | null = null

/** Whether the window runs on macOS (for ⌘ and the macOS shortcuts). */
export const isMac = () => navigator.platform.toLowerCase().includes('mac')

/** The commands with their context, a loader for the diagram commands, and a runner by id. */
export function useCommands() {
  const router = useRouter()
  const app = useAppStore()
  const search = useSearchStore()
  const settings = useSettingsStore()

  const commands = computed(() =>
    buildCommands(
      {
        go: (path) => void router.push(path),
        search: () => {
          overlays.palette = false
          search.open = true
        },
        palette: () => {
          search.open = false
          overlays.palette = true
        },
        shortcuts: () => void (overlays.shortcuts = true),
        find: () => {
          const target = findTarget()
          if (target) target.open()
          else app.toast(`Find works in a note: open one, then press ${isMac() ? '⌘' : 'Ctrl'}+F.`, 'info')
        },
        theme: () => settings.cycleTheme(),
        backup: async () => {
          const b = await api['backups:create']({})
          app.toast(`Backed up to ${b.name}`, 'success')
        },
        check: async () => {
          const c = await api['db:check']({})
          app.toast(
            c.ok ? `Database is healthy (integrity ${c.integrity}).` : `Database problem: ${c.integrity}`,
            c.ok ? 'success' : 'error',
          )
        },
        back: () => router.back(),
        forward: () => router.forward(),
        diagrams: diagrams.value,
      },
      isMac(),
    ),
  )

  /** Loads the diagrams' titles once, for their commands. */
  function loadDiagrams(): Promise<void> {
    diagramsLoading ??= api['diagrams:list']({})
      .then((r) => void (diagrams.value = r.diagrams.map((d) => ({ id: d.id, title: d.title }))))
      .catch(() => void (diagramsLoading = null))
    return diagramsLoading
  }

  /** Runs a command, turning a failure into a message. */
  async function run(c: Command): Promise<void> {
    try {
      await c.run()
    } catch (err) {
      app.toast((err as Error).message, 'error')
    }
  }

  /** Runs the command with this id (as sent by the desktop menu); unknown ids are ignored. */
  async function runById(id: string): Promise<void> {
    if (!isActionId(id)) return
    if (id.startsWith('diagram:') && !commands.value.some((c) => c.id === id)) await loadDiagrams()
    const c = commands.value.find((x) => x.id === id)
    if (c) await run(c)
  }

  return { commands, loadDiagrams, run, runById }
}
