import path from 'node:path'
import { app } from 'electron'
import { DATA_DIR_ENV } from '../core/data-dir'

/** Where everything the desktop app needs lives, resolved once the app is ready (never at import time). */
export function appPaths() {
  const packaged = app.isPackaged
  const appRoot = app.getAppPath()
  const resourcesRoot = packaged ? process.resourcesPath : appRoot
  return {
    dataDir: process.env[DATA_DIR_ENV] ? path.resolve(process.env[DATA_DIR_ENV]!) : app.getPath('userData'),
    contentDir: path.join(resourcesRoot, packaged ? 'content' : 'resources'),
    // The bundle compiled at build time (checked against the content's fingerprint before use).
    compiledContentDir: path.join(resourcesRoot, packaged ? 'content-compiled' : 'out/content'),
    migrationsDir: path.join(resourcesRoot, packaged ? 'migrations' : 'electron/core/db/migrations'),
    rendererIndex: path.join(appRoot, 'out', 'renderer', 'index.html'),
    preload: path.join(appRoot, 'out', 'preload', 'index.cjs'),
    // In development the app loads a better-sqlite3 built for Electron from its own folder, so the Node build
    // used by the tests is never overwritten; a packaged app has it rebuilt by electron-builder instead.
    nativeBinding: packaged ? undefined : path.join(appRoot, '.electron-native', 'better_sqlite3.node'),
  }
}
