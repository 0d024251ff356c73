import { app, session, shell, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../server/security'

/** Locks down every web page the app creates: no new windows, no navigation, no permissions, no webviews. */
export function setupSecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https:')) void shell.openExternal(url)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      event.preventDefault()
      if (url.startsWith('https:')) void shell.openExternal(url)
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
