import { app, Menu, shell, type BrowserWindow } from 'electron'
import { menuActionChannel } from '../shared/app-actions'
import { buildMenuTemplate } from './menu-template'

/** Installs the application menu; its app actions are sent to the window by id, to run as the palette runs them. */
export function setupMenu(
  getWindow: () => BrowserWindow | null,
  diagrams: readonly { id: string; title: string }[],
): void {
  const template = buildMenuTemplate({
    mac: process.platform === 'darwin',
    dev: !app.isPackaged,
    diagrams,
    send: (id) => getWindow()?.webContents.send(menuActionChannel, id),
    openCertification: () => void shell.openExternal('https://aws.amazon.com/certification/'),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
