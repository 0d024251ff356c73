import fs from 'node:fs'
import { app, dialog, type BrowserWindow } from 'electron'
import { createAppCore, type AppCore } from '../core/app-core'
import { AppError } from '../shared/errors'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { appPaths } from './paths'
import { setupSecurity } from './security'
import { createMainWindow } from './window'

/** The composition root of the desktop app: paths → core → IPC gate → window. */
export function bootstrap(): {
  core: AppCore
  getWindow: () => BrowserWindow | null
  openWindow: () => void
} {
  const paths = appPaths()
  setupSecurity()
  let core: AppCore
  try {
    core = createAppCore({
      dataDir: paths.dataDir,
      resourcesDir: paths.contentDir,
      prebuiltContentDir: paths.compiledContentDir,
      migrationsDir: paths.migrationsDir,
      mode: 'electron',
      version: app.getVersion(),
      nativeBinding:
        paths.nativeBinding && fs.existsSync(paths.nativeBinding) ? paths.nativeBinding : undefined,
    })
  } catch (err) {
    dialog.showErrorBox('MLS Companion cannot start', err instanceof AppError ? err.message : String(err))
    app.exit(1)
    throw err
  }
  core.services.data.startSchedule()
  setupIpc(core.dispatch, paths.rendererIndex)
  let win: BrowserWindow | null = null
  const openWindow = () => {
    win = createMainWindow(paths)
    win.on('closed', () => (win = null))
  }
  setupMenu(
    () => win,
    core.services.diagrams.list().diagrams.map((d) => ({ id: d.id, title: d.title })),
  )
  openWindow()
  return { core, getWindow: () => win, openWindow }
}
