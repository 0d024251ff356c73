import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ContentProblem } from '../../shared/api'
import { SearchRepository } from '../repositories/search-repository'
import { bundleIndex } from '../services/search-service'
import { loadContent, type ContentBundle, type NoteEntry } from './load-content'

declare const __MLSC_CONTENT_COMPILER__: string | undefined

/**
 * What a compiled bundle depends on besides the files: the format below and, in a built app, a hash of the
 * loader's own sources (injected at build time), so a changed renderer or schema never reuses old output.
 */
export const CONTENT_COMPILER_ID = `format-2/${typeof __MLSC_CONTENT_COMPILER__ === 'string' ? __MLSC_CONTENT_COMPILER__ : 'source'}`

/** The bundle as written to the cache: plain JSON, with the maps as arrays and the search index aside. */
interface CompiledBundle {
  compiler: string
  fingerprint: string
  manifest: ContentBundle['manifest']
  blueprint: ContentBundle['blueprint']
  notes: NoteEntry[]
  cards: ContentBundle['cards']
  questions: ContentBundle['questions']
  glossary: ContentBundle['glossary']
  diagrams: [string, unknown][]
  prices: [string, unknown][]
  problems: ContentProblem[]
}

export interface CachedContent {
  bundle: ContentBundle
  problems: ContentProblem[]
  index: SearchRepository
  /** Where the bundle came from: a compiled copy whose fingerprint matched, or the files themselves. */
  source: 'cache' | 'files'
  fingerprint: string
}

export interface ContentCacheOptions {
  /** Folders holding compiled bundles to try first, e.g. one made at build time (read only). */
  readDirs?: string[]
  /** Where a freshly compiled bundle is written for the next start (skipped when absent or not writable). */
  writeDir?: string
  nativeBinding?: string
}

/**
 * A hash of every file of the bundle (path and bytes, in a fixed order) and of the compiler: two bundles with
 * the same fingerprint load to the same result, so a compiled copy can stand in for parsing and validating.
 */
export function bundleFingerprint(dir: string): string {
  const hash = createHash('sha256').update(CONTENT_COMPILER_ID).update('\0')
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name
      // At the top only the manifest and the folders are read by the loader (CONTENT.md and such are not shipped).
      if (!rel && !e.isDirectory() && e.name !== 'manifest.json') continue
      if (e.isDirectory()) walk(child)
      else {
        // Links and other special entries are hashed by name and kind: the loader reports them as problems.
        hash.update(`${child}\0${e.isFile() ? 'f' : 'x'}\0`)
        if (e.isFile()) hash.update(fs.readFileSync(path.join(dir, child))).update('\0')
      }
    }
  }
  walk('')
  return hash.digest('hex')
}

/**
 * Loads the content bundle and its search index: from a compiled copy when one matches the files' fingerprint,
 * otherwise by parsing, validating and rendering every file (then writing the compiled copy for next time).
 */
export function loadContentCached(dir: string, o: ContentCacheOptions = {}): CachedContent {
  const fingerprint = bundleFingerprint(dir)
  for (const cacheDir of [...(o.readDirs ?? []), ...(o.writeDir ? [o.writeDir] : [])]) {
    const hit = readCompiled(cacheDir, fingerprint, dir, o.nativeBinding)
    if (hit) return { ...hit, source: 'cache', fingerprint }
  }
  const { bundle, problems } = loadContent(dir)
  const index = bundleIndex(bundle, o.nativeBinding)
  if (o.writeDir) writeCompiled(o.writeDir, fingerprint, bundle, problems, index)
  return { bundle, problems, index, source: 'files', fingerprint }
}

/** Compiles a bundle into `outDir` (used at build time); returns the fingerprint it was written under. */
export function compileContent(dir: string, outDir: string): string {
  const fingerprint = bundleFingerprint(dir)
  const { bundle, problems } = loadContent(dir)
  const index = bundleIndex(bundle)
  try {
    if (!writeCompiled(outDir, fingerprint, bundle, problems, index)) throw new Error(`Cannot write the compiled bundle to ${outDir}.`)
  } finally {
    index.close()
  }
  return fingerprint
}

const files = (cacheDir: string, fingerprint: string) => ({
  json: path.join(cacheDir, `bundle-${fingerprint}.json`),
  index: path.join(cacheDir, `bundle-${fingerprint}.search.db`),
})

/** Reads a compiled copy; anything missing, unreadable or not matching is a miss, never an error. */
function readCompiled(cacheDir: string, fingerprint: string, dir: string, nativeBinding?: string): Omit<CachedContent, 'source' | 'fingerprint'> | null {
  const f = files(cacheDir, fingerprint)
  let compiled: CompiledBundle
  let index: SearchRepository
  try {
    compiled = JSON.parse(fs.readFileSync(f.json, 'utf8')) as CompiledBundle
    if (compiled.fingerprint !== fingerprint || compiled.compiler !== CONTENT_COMPILER_ID) return null
    index = SearchRepository.deserialize(fs.readFileSync(f.index), nativeBinding)
  } catch {
    return null
  }
  const bundle: ContentBundle = {
    dir,
    manifest: compiled.manifest,
    blueprint: compiled.blueprint,
    notes: compiled.notes,
    noteById: new Map(compiled.notes.map((n) => [n.id, n])),
    cards: compiled.cards,
    questions: compiled.questions,
    glossary: compiled.glossary,
    diagrams: new Map(compiled.diagrams) as ContentBundle['diagrams'],
    prices: new Map(compiled.prices) as ContentBundle['prices'],
  }
  return { bundle, problems: compiled.problems, index }
}

/** Writes a compiled copy under temporary names, then renames; older copies in the folder are removed. */
function writeCompiled(cacheDir: string, fingerprint: string, bundle: ContentBundle, problems: ContentProblem[], index: SearchRepository): boolean {
  const compiled: CompiledBundle = {
    compiler: CONTENT_COMPILER_ID,
    fingerprint,
    manifest: bundle.manifest,
    blueprint: bundle.blueprint,
    notes: bundle.notes,
    cards: bundle.cards,
    questions: bundle.questions,
    glossary: bundle.glossary,
    diagrams: [...bundle.diagrams],
    prices: [...bundle.prices],
    problems,
  }
  const f = files(cacheDir, fingerprint)
  try {
    fs.mkdirSync(cacheDir, { recursive: true })
    for (const old of fs.readdirSync(cacheDir)) {
      if (old.startsWith('bundle-') && !old.includes(fingerprint) && !old.endsWith('.tmp')) fs.rmSync(path.join(cacheDir, old), { force: true })
    }
    // The index first: a JSON file is only ever present with its index beside it.
    // Temporary names are unique: two processes may compile the same bundle into one folder at once.
    const tmp = `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
    fs.writeFileSync(f.index + tmp, index.serialize())
    fs.renameSync(f.index + tmp, f.index)
    fs.writeFileSync(f.json + tmp, JSON.stringify(compiled))
    fs.renameSync(f.json + tmp, f.json)
    return true
  } catch {
    // A read-only or full disk only costs the next start the full load.
    return false
  }
}
