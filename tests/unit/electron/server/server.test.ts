import fs from 'node:fs'
import net from 'node:net'
import fc from 'fast-check'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBrowserServer, type BrowserServer } from '../../../../electron/server/server'
import { channelNames } from '../../../../electron/shared/channels'
import { sampleInputs } from '../../channel-samples'
import { makeCore, tempDir } from '../../helpers'

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** A raw HTTP request, so Host and Origin can be anything (fetch would not allow that). */
function request(port: number, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, agent: false, method: opts.method ?? 'GET', path: opts.path ?? '/', headers: { Host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

let server: BrowserServer
let core: ReturnType<typeof makeCore>
let cookie = ''
let rendererDir = ''

/** A stand-in for the built renderer, so these tests do not depend on a build having run. */
function fakeRenderer(): string {
  const dir = tempDir('mlsc-renderer-')
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="app"></div>')
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)')
  return dir
}

beforeEach(async () => {
  core = makeCore()
  rendererDir = fakeRenderer()
  server = await startBrowserServer({ dispatch: core.dispatch, rendererDir })
  const exchange = await request(server.port, { path: `/?token=${server.token}` })
  cookie = exchange.headers['set-cookie']![0]!.split(';')[0]!
})
afterEach(() => server.close())

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const readCount = () => core.db.prepare('SELECT count(*) FROM note_reads').pluck().get()

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1')
  })

  it('exchanges the launch token once for an HttpOnly SameSite=Strict cookie, and drops it from the URL', async () => {
    const again = await request(server.port, { path: `/?token=${server.token}` })
    expect(again.status).toBe(403)
    const fresh = await startBrowserServer({ dispatch: core.dispatch, rendererDir })
    try {
      const first = await request(fresh.port, { path: `/?token=${fresh.token}` })
      expect(first.status).toBe(303)
      expect(first.headers.location).toBe('/')
      expect(first.headers['set-cookie']![0]).toMatch(/HttpOnly; SameSite=Strict; Path=\//)
      expect(fresh.token).toMatch(/^[0-9a-f]{64}$/)
      const wrong = await request(fresh.port, { path: `/?token=${server.token}` })
      expect(wrong.status).toBe(403)
    } finally {
      await fresh.close()
    }
  })

  it('refuses API calls without the session cookie (403) and changes nothing', async () => {
    const r = await api('notes:setRead', { id: 's3-overview', read: true }, { Cookie: '' })
    expect(r.status).toBe(403)
    expect(readCount()).toBe(0)
  })

  it('refuses a foreign or missing Host on every route (403) and changes nothing', async () => {
    for (const host of ['evil.example:80', `attacker.test:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await api('notes:setRead', { id: 's3-overview', read: true }, { Host: host })).status).toBe(403)
      expect((await request(server.port, { path: '/index.html', headers: { Host: host, Cookie: cookie } })).status).toBe(403)
    }
    expect(readCount()).toBe(0)
  })

  it('refuses a foreign Origin and cross-site fetches (403) and changes nothing', async () => {
    expect((await api('notes:setRead', { id: 's3-overview', read: true }, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('notes:setRead', { id: 's3-overview', read: true }, { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403)
    expect((await api('notes:setRead', { id: 's3-overview', read: true }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect(readCount()).toBe(0)
    expect((await api('notes:setRead', { id: 's3-overview', read: true }, { Origin: `http://localhost:${server.port}` })).status).toBe(200)
  })

  it('answers malformed calls with 400 naming the field, and changes nothing', async () => {
    const bad = await api('notes:setRead', { id: 's3-overview', read: 'yes' })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'read' } })
    const notJson = await api('notes:setRead', '{"id": ')
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body).error.field).toBe('body')
    expect(readCount()).toBe(0)
  })

  it('answers a wrong content type with 415 and a body over 1 MiB with 413', async () => {
    expect((await api('notes:tree', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415)
    expect((await api('search:query', JSON.stringify({ q: 'x'.repeat(1024 * 1024 + 10) }))).status).toBe(413)
  })

  it('sends a strict Content-Security-Policy and never an Access-Control-Allow-Origin', async () => {
    const r = await api('notes:tree', {}, { Origin: `http://127.0.0.1:${server.port}` })
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/)
    expect(r.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(r.headers['content-security-policy']).toMatch(/object-src 'none'/)
    expect(r.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('round-trips every channel of the contract', async () => {
    // A restore needs a backup to restore: take one first.
    const backup = JSON.parse((await api('backups:create', {})).body).value as { name: string }
    const inputs: Record<string, unknown> = { ...sampleInputs, 'backups:restore': { name: backup.name } }
    for (const channel of channelNames) {
      const r = await api(channel, inputs[channel])
      expect(r.status, `${channel}: ${r.body.slice(0, 200)}`).toBe(200)
      expect(JSON.parse(r.body).ok).toBe(true)
      if (channel === 'notes:setRead') expect(readCount()).toBe(1)
    }
  })

  it('serves the renderer only within its folder', async () => {
    const index = await request(server.port, { path: '/', headers: { Cookie: cookie } })
    expect(index.status).toBe(200)
    expect(index.body).toContain('<div id="app">')
    const asset = await request(server.port, { path: '/assets/app.js', headers: { Cookie: cookie } })
    expect(asset.headers['content-type']).toMatch(/javascript/)
    expect(asset.headers['cache-control']).toMatch(/immutable/)
    const escape = await request(server.port, { path: '/../../package.json', headers: { Cookie: cookie } })
    expect(escape.status).toBe(404)
    const encoded = await request(server.port, { path: '/%2e%2e/%2e%2e/package.json', headers: { Cookie: cookie } })
    expect(encoded.status).toBe(404)
  })

  it('refuses a request without any Host header (403), before routing', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1', () => socket.end(`GET /index.html HTTP/1.0\r\nCookie: ${cookie}\r\n\r\n`))
      let data = ''
      socket.on('data', (c) => (data += c.toString()))
      socket.on('end', () => resolve(data))
    })
    expect(reply).toMatch(/^HTTP\/1\.[01] 403/)
  })

  it('answers random requests with 4xx only, never 5xx, and keeps running', async () => {
    const before = readCount()
    const statuses: number[] = []
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channelNames, 'nope', '__proto__', '%E0%A4%A', '../../etc/passwd'),
        fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b))),
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', 'multipart/form-data'),
        fc.constantFrom('POST', 'GET', 'PUT', 'DELETE'),
        async (channel, body, type, method) => {
          // A GET carries no body (Node's own parser refuses one by closing the connection, before our code).
          const r = await request(server.port, { method, path: `/api/${channel}`, headers: { 'Content-Type': type, Cookie: cookie }, body: method === 'GET' ? undefined : body })
          statuses.push(r.status)
          return r.status < 500
        },
      ),
      { numRuns: 300 },
    )
    expect(statuses.length).toBe(300)
    expect(readCount()).toBe(before)
    expect((await api('notes:tree', {})).status).toBe(200)
  })
})
