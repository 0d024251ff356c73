import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The parts of an IPC event the sender check looks at (Electron's IpcMainInvokeEvent has them all). */
export interface SenderLike {
  senderFrame: { url: string; parent: unknown } | null
  sender: { mainFrame: unknown }
}

/**
 * Only the app's own top-level page may call the API: a missing frame, a child frame, or a page from any
 * other origin is refused before a handler runs.
 */
export function isTrustedSender(event: SenderLike, rendererIndex: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false
  let url: URL
  try {
    url = new URL(frame.url)
  } catch {
    return false
  }
  if (url.protocol !== 'file:') return false
  const expected = pathToFileURL(path.resolve(rendererIndex)).pathname
  return url.pathname === expected
}
