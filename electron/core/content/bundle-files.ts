import fs from 'node:fs'
import path from 'node:path'
import type { ContentProblem } from '../../shared/api'

/** The largest content file read; anything bigger is refused as a broken bundle rather than parsed. */
export const MAX_CONTENT_FILE_BYTES = 4 * 1024 * 1024

/** Collects problems found while loading the bundle, each naming its file and field. */
export class ProblemList {
  readonly items: ContentProblem[] = []

  /** Records one problem. */
  add(file: string, field: string, message: string): void {
    this.items.push({ file, field: field || '(file)', message })
  }
}

/** Lists the regular files with a given extension directly inside `sub` of the bundle (no links, no escaping). */
export function listBundleFiles(root: string, sub: string, ext: string, problems: ProblemList): string[] {
  const dir = path.join(root, sub)
  if (!fs.existsSync(dir)) return []
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.posix.join(sub, entry.name)
    if (entry.isDirectory()) {
      out.push(...listBundleFiles(root, rel, ext, problems))
    } else if (entry.isSymbolicLink()) {
      problems.add(rel, '', 'links are not followed in the content bundle')
    } else if (entry.isFile() && entry.name.endsWith(ext)) {
      out.push(rel)
    }
  }
  return out
}

/** Reads one bundle file as text, refusing paths outside the bundle and files over the size limit. */
export function readBundleFile(root: string, rel: string, problems: ProblemList): string | null {
  const full = path.resolve(root, rel)
  const inside = path.relative(path.resolve(root), full)
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    problems.add(rel, '', 'path points outside the content bundle')
    return null
  }
  try {
    const stat = fs.lstatSync(full)
    if (!stat.isFile()) {
      problems.add(rel, '', 'not a regular file')
      return null
    }
    if (stat.size > MAX_CONTENT_FILE_BYTES) {
      problems.add(rel, '', `file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_CONTENT_FILE_BYTES / 1048576} MB`)
      return null
    }
    return fs.readFileSync(full, 'utf8')
  } catch (err) {
    problems.add(rel, '', `cannot be read: ${(err as Error).message}`)
    return null
  }
}

/** Parses JSON text, recording a problem (with the position) instead of throwing. */
export function parseJson(text: string, rel: string, problems: ProblemList): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    problems.add(rel, '', `invalid JSON: ${(err as Error).message}`)
    return undefined
  }
}

/** Formats a zod issue path as a field name, e.g. `[3].options[1].explanation`. */
export function fieldPath(prefix: string, pathParts: readonly PropertyKey[]): string {
  let out = prefix
  for (const p of pathParts) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out
}
