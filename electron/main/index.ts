// The desktop app's lifecycle: one instance, one window, the core closed cleanly on quit.
import { app, BrowserWindow } from 'electron'
import { bootstrap } from './bootstrap'

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(() => {
    const { core, getWindow, openWindow } = bootstrap()
    app.on('second-instance', () => {
      const win = getWindow()
      if (win) {
        if (win.isMinimized()) win.restore()
        win.focus()
      }
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    app.on('will-quit', () => core.close())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
