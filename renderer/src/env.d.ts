/// <reference types="vite/client" />
import type { MenuBridge, PreloadApi } from '@shared/preload-api'

declare global {
  interface Window {
    /** Present in the desktop app only (the preload's fixed menu); browser mode talks HTTP instead. */
    api?: PreloadApi
    /** Present in the desktop app only: the application menu's actions. */
    appMenu?: MenuBridge
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
