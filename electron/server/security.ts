import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The Content-Security-Policy of the app: no inline script, no eval, nothing from outside. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const SESSION_COOKIE = 'mlsc_session'

/** A fresh random secret: 256 bits, hex. */
export function randomSecret(): string {
  return crypto.randomBytes(32).toString('hex')
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** The Host values the server answers to (anything else may be a DNS-rebinding attack). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

/** Checks Host, Origin and Sec-Fetch-Site; returns a reason to refuse, or null. */
export function refuseReason(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port)
  const host = req.headers.host
  if (!host || !hosts.has(host.toLowerCase())) return 'unknown Host'
  const origin = req.headers.origin
  if (origin !== undefined) {
    const ok = [...hosts].some((h) => origin === `http://${h}`)
    if (!ok) return 'foreign Origin'
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'cross-site request'
  return null
}

/** Reads one cookie from a Cookie header. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}
