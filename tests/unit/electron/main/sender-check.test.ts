import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../electron/main/sender-check'

const index = path.resolve('/app/out/renderer/index.html')
const indexUrl = pathToFileURL(index).href

function event(frame: { url: string; parent: unknown } | null, mainFrame: unknown = frame) {
  return { senderFrame: frame, sender: { mainFrame } }
}

describe('the IPC sender check', () => {
  it('accepts the app\'s own top-level page', () => {
    const frame = { url: `${indexUrl}#/notes/s3-overview`, parent: null }
    expect(isTrustedSender(event(frame), index)).toBe(true)
  })

  it('refuses a missing frame, a child frame, another page and a foreign origin', () => {
    const main = { url: indexUrl, parent: null }
    expect(isTrustedSender(event(null, main), index)).toBe(false)
    const child = { url: indexUrl, parent: main }
    expect(isTrustedSender(event(child, main), index)).toBe(false)
    expect(isTrustedSender(event({ url: 'https://evil.example/', parent: null }), index)).toBe(false)
    expect(isTrustedSender(event({ url: pathToFileURL('/tmp/other.html').href, parent: null }), index)).toBe(false)
    expect(isTrustedSender(event({ url: 'not a url', parent: null }), index)).toBe(false)
    const detached = { url: indexUrl, parent: null }
    expect(isTrustedSender(event(detached, main), index)).toBe(false)
  })
})
