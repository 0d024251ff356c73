import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../core/gate'
import type { ErrorData } from '../shared/errors'
import { CONTENT_SECURITY_POLICY, SESSION_COOKIE, randomSecret, readCookie, refuseReason, sameSecret } from './security'
import { readStatic } from './static-files'

export const MAX_BODY_BYTES = 1024 * 1024

export interface BrowserServerOptions {
  dispatch: Dispatch
  rendererDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** The launch token; a fresh random one by default. */
  token?: string
}

export interface BrowserServer {
  url: string
  port: number
  token: string
  server: http.Server
  close(): Promise<void>
}

const statusOf: Record<ErrorData['code'], number> = {
  validation: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  storage_full: 507,
  storage_error: 500,
  db_too_new: 409,
  content_error: 500,
  internal: 500,
}

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

/** Starts browser mode: the renderer and the API on 127.0.0.1, behind a per-launch token. */
export async function startBrowserServer(o: BrowserServerOptions): Promise<BrowserServer> {
  const token = o.token ?? randomSecret()
  let tokenUsed = false
  const sessions = new Set<string>()
  let port = 0

  const hasSession = (req: IncomingMessage) => {
    const cookie = readCookie(req, SESSION_COOKIE)
    return cookie !== undefined && [...sessions].some((s) => sameSecret(cookie, s))
  }

  const server = http.createServer((req, res) => {
    handle(req, res)
      .catch(() => {
        if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } })
        else res.destroy()
      })
      // A request refused before its body was read still has that body on the wire: drain it, so the next
      // request on the same kept-alive connection is read from its start.
      .finally(() => {
        if (!req.complete) req.resume()
      })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Host, Origin and Sec-Fetch-Site are checked before any routing, static files included.
    const refused = refuseReason(req, port)
    if (refused) return sendText(res, 403, `Forbidden: ${refused}.`)
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url)
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.')

    const offered = url.searchParams.get('token')
    if (offered !== null) {
      if (tokenUsed || !sameSecret(offered, token)) {
        return sendText(res, 403, 'This link has already been used or is not valid. Start MLS Companion again for a new one.')
      }
      tokenUsed = true
      const session = randomSecret()
      sessions.add(session)
      res.writeHead(303, {
        ...baseHeaders,
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      })
      res.end()
      return
    }
    if (!hasSession(req)) return sendText(res, 403, 'Open MLS Companion with the address printed when it started.')
    const file = readStatic(o.rendererDir, url.pathname)
    if (!file) return sendText(res, 404, 'Not found.')
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) return tooLarge(req, res)
    // The body is read (or drained, past the limit) before any answer, so a refused request never leaves
    // unread bytes on a kept-alive connection.
    const body = await readBody(req)
    if (body === null) return tooLarge(req, res)
    if (!hasSession(req)) return sendError(res, 403, { code: 'forbidden', message: 'Not signed in to this launch of MLS Companion.' })
    if (req.method !== 'POST') return sendError(res, 405, { code: 'validation', message: 'Use POST.', field: 'method' })
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json') {
      return sendError(res, 415, { code: 'validation', message: 'The request body must be application/json.', field: 'content-type' })
    }
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendError(res, 400, { code: 'validation', message: 'The request body is not valid JSON.', field: 'body' })
    }
    let channel: string
    try {
      channel = decodeURIComponent(url.pathname.slice('/api/'.length))
    } catch {
      return sendError(res, 404, { code: 'not_found', message: 'Unknown channel.', field: 'channel' })
    }
    const result = await o.dispatch(channel, input)
    send(res, result.ok ? 200 : statusOf[result.error.code], result)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.removeAllListeners('data')
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  sendError(res, 413, { code: 'validation', message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, field: 'body' })
  req.resume()
}

function sendError(res: ServerResponse, status: number, error: ErrorData): void {
  send(res, status, { ok: false, error })
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload)
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}
