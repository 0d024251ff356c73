// A hash of the sources that turn the content files into a loaded bundle and its search index. A compiled bundle
// made by other sources must not be reused, so the build injects this into the app and the tests key their
// shared cache folder by it.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const contentCompilerSources = [
  'electron/core/content',
  'electron/shared/content',
  'electron/core/repositories/search-repository.ts',
  'electron/core/services/search-service.ts',
  'package-lock.json',
]

/** @param {string} root the project folder */
export function contentCompilerHash(root) {
  const hash = createHash('sha256')
  const walk = (p) => {
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e))
    else hash.update(path.relative(root, p)).update(fs.readFileSync(p))
  }
  for (const p of contentCompilerSources) walk(path.join(root, p))
  return hash.digest('hex').slice(0, 16)
}
