import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** The application menu with the usual roles and shortcuts; app actions are sent to the renderer as routes. */
export function setupMenu(getWindow: () => BrowserWindow | null): void {
  const isMac = process.platform === 'darwin'
  const go = (hash: string) => () => void getWindow()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`)
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        { label: 'Today', accelerator: 'CmdOrCtrl+1', click: go('#/') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+2', click: go('#/notes') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: go('#/settings') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'AWS Certification', click: () => void shell.openExternal('https://aws.amazon.com/certification/') }],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
