import { app, session, shell, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../server/security'

/** Hands a link to the system browser only when it is a well-formed https: URL; anything else is dropped. */
export function openInSystemBrowser(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return
  // The URL was parsed and limited to https: above, so no file:, custom-scheme or credentialled link gets here.
  void shell.openExternal(parsed.href) /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

/** Locks down every web page the app creates: no new windows, no navigation, no permissions, no webviews. */
export function setupSecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      openInSystemBrowser(url)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      event.preventDefault()
      openInSystemBrowser(url)
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
