// The preload: a fixed menu of named methods, one per channel of the contract. Never ipcRenderer itself,
// never a generic invoke.
import { contextBridge, ipcRenderer } from 'electron'
import { isActionId, menuActionChannel } from '../shared/app-actions'
import { channelNames } from '../shared/channels'
import type { MenuBridge, PreloadApi } from '../shared/preload-api'

const api = Object.freeze(
  Object.fromEntries(
    channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
) as PreloadApi satisfies PreloadApi

// The application menu's clicks, from one fixed channel: only a well-formed action id reaches the page, never
// the IPC event. One listener, so a page cannot stack handlers.
let menuListening = false
const menu: MenuBridge = Object.freeze({
  onAction(listener: (actionId: string) => void) {
    if (menuListening) return
    menuListening = true
    ipcRenderer.on(menuActionChannel, (_event, id: unknown) => {
      if (isActionId(id)) listener(id)
    })
  },
})

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('appMenu', menu)
