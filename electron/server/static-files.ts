import fs from 'node:fs'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

export interface StaticFile {
  body: Buffer
  type: string
  immutable: boolean
}

/** Resolves a URL path to a file inside the renderer folder (never outside it), or null. */
export function readStatic(root: string, urlPath: string): StaticFile | null {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    return null
  }
  if (rel === '/' || rel === '') rel = '/index.html'
  const full = path.resolve(root, '.' + rel)
  if (full !== root && !full.startsWith(root + path.sep)) return null
  try {
    const stat = fs.statSync(full)
    if (!stat.isFile()) return null
    return {
      body: fs.readFileSync(full),
      type: types[path.extname(full)] ?? 'application/octet-stream',
      immutable: rel.startsWith('/assets/'),
    }
  } catch {
    return null
  }
}
