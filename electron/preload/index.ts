// The preload: a fixed menu of named methods, one per channel of the contract. Never ipcRenderer itself,
// never a generic invoke.
import { contextBridge, ipcRenderer } from 'electron'
import { channelNames } from '../shared/channels'
import type { PreloadApi } from '../shared/preload-api'

const api = Object.freeze(
  Object.fromEntries(channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as PreloadApi satisfies PreloadApi

contextBridge.exposeInMainWorld('api', api)
