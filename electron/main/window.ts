import { BrowserWindow, screen } from 'electron'
import { loadWindowState, saveWindowState } from './window-state'

/** Creates the one app window with the secure defaults, where the learner left it last time. */
export function createMainWindow(paths: { preload: string; rendererIndex: string; dataDir: string }): BrowserWindow {
  const state = loadWindowState(paths.dataDir)
  const onScreen =
    state.x !== undefined &&
    state.y !== undefined &&
    screen.getAllDisplays().some((d) => {
      const b = d.workArea
      return state.x! >= b.x && state.y! >= b.y && state.x! < b.x + b.width && state.y! < b.y + b.height
    })
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    x: onScreen ? state.x : undefined,
    y: onScreen ? state.y : undefined,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'MLS Companion',
    backgroundColor: '#0e1318',
    webPreferences: {
      // The preload only exposes the contract's named methods (electron/preload/index.ts) and is reviewed as such.
      preload: paths.preload /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    const b = win.getNormalBounds()
    saveWindowState(paths.dataDir, { ...b, maximized: win.isMaximized() })
  })
  void win.loadFile(paths.rendererIndex)
  return win
}
