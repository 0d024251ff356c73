// The global keyboard shortcuts: which key presses open the palettes, the help, or go to a page.
import { navTargets } from './commands'

export type ShortcutAction =
  | { kind: 'search' }
  | { kind: 'palette' }
  | { kind: 'help' }
  | { kind: 'go'; path: string }
  | { kind: 'find' }
  | { kind: 'find-next'; back: boolean }
  | { kind: 'pending' }

export interface ShortcutKey {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** Whether the key went to a text field, where plain letters must stay letters. */
  typing: boolean
}

/** What a key press asks for; `pendingG` says the previous key was a lone "g" (as in "g n" for notes). */
export function shortcutAction(e: ShortcutKey, pendingG: boolean): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.toLowerCase()
  if (mod && !e.altKey && e.shiftKey && key === 'p') return { kind: 'palette' }
  if (mod && !e.altKey && !e.shiftKey && key === 'k') return { kind: 'search' }
  if (mod && !e.altKey && !e.shiftKey && key === 'f') return { kind: 'find' }
  // F3 and Ctrl/Cmd+G step through find matches, as in browsers.
  if (!mod && !e.altKey && e.key === 'F3') return { kind: 'find-next', back: e.shiftKey }
  if (mod && !e.altKey && key === 'g') return { kind: 'find-next', back: e.shiftKey }
  if (mod && !e.altKey && !e.shiftKey && key === ',') return { kind: 'go', path: '/settings' }
  if (mod && !e.altKey && !e.shiftKey && /^[1-9]$/.test(key)) {
    const target = navTargets.find((t) => t.digit === Number(key))
    return target ? { kind: 'go', path: target.path } : null
  }
  if (mod || e.altKey || e.typing) return null
  if (e.key === '?') return { kind: 'help' }
  if (pendingG) {
    const target = navTargets.find((t) => t.key === key)
    return target ? { kind: 'go', path: target.path } : null
  }
  if (key === 'g' && !e.shiftKey) return { kind: 'pending' }
  return null
}

/** Whether an element takes typed text (so "?" and "g" belong to it, not to the shortcuts). */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable) return true
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true
  if (el instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'reset'].includes(el.type)
  return false
}
