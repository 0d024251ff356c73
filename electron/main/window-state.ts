import fs from 'node:fs'
import path from 'node:path'

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const fallback: WindowState = { width: 1280, height: 820, maximized: false }

/** Reads the remembered window size and position (a damaged file means the defaults). */
export function loadWindowState(dataDir: string): WindowState {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as Partial<WindowState>
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
    return {
      x: num(raw.x),
      y: num(raw.y),
      width: Math.max(1024, num(raw.width) ?? fallback.width),
      height: Math.max(640, num(raw.height) ?? fallback.height),
      maximized: raw.maximized === true,
    }
  } catch {
    return fallback
  }
}

/** Remembers the window's size and position for the next start. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'window-state.json'), JSON.stringify(state))
}
