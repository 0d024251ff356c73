import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  bundleFingerprint,
  compileContent,
  loadContentCached,
  type CachedContent,
} from '../../../../../electron/core/content/content-cache'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { copyBundle, onCleanup, resourcesDir, tempDir } from '../../../helpers'

const queries = ['"kinesis"*', '"glue"* AND "crawler"*', '"xgb"*', '"confusion"* OR "roc"*', '"sa"*']

function open(dir: string, o: Parameters<typeof loadContentCached>[1]): CachedContent {
  const loaded = loadContentCached(dir, o)
  onCleanup(() => loaded.index.close())
  return loaded
}

/** Everything of a bundle that services read, in a comparable form (maps as entry lists). */
function comparable(c: { bundle: CachedContent['bundle']; problems: CachedContent['problems'] }) {
  const { noteById, diagrams, prices, ...rest } = c.bundle
  return { ...rest, noteIds: [...noteById.keys()], diagrams: [...diagrams], prices: [...prices], problems: c.problems }
}

describe('the compiled content bundle', () => {
  it('loads to exactly what parsing the files gives, with the same search results', () => {
    const cache = tempDir()
    const first = open(resourcesDir, { writeDir: cache })
    const second = open(resourcesDir, { writeDir: cache })
    expect(first.source).toBe('files')
    expect(second.source).toBe('cache')
    expect(second.fingerprint).toBe(first.fingerprint)
    expect(comparable(second)).toEqual(comparable(loadContent(resourcesDir)))
    for (const q of queries) expect(second.index.match(q, 20), q).toEqual(first.index.match(q, 20))
    expect(second.index.match('"kinesis"*', 20).length).toBeGreaterThan(0)
  })

  it('is not used once any content file changes, and the change shows', () => {
    const dir = copyBundle()
    const cache = tempDir()
    const before = open(dir, { writeDir: cache })
    const file = path.join(dir, 'notes/data-engineering/kinesis-data-streams.md')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Streams, renamed'))
    const after = open(dir, { writeDir: cache })
    expect(after.fingerprint).not.toBe(before.fingerprint)
    expect(after.source).toBe('files')
    expect(after.bundle.noteById.get('kinesis-data-streams')?.title).toBe('Streams, renamed')
    // The older compiled copy is replaced, not accumulated.
    expect(fs.readdirSync(cache).filter((f) => f.includes(before.fingerprint))).toEqual([])
  })

  it('keeps the problems of a broken bundle, so a cached start reports them too', () => {
    const dir = copyBundle()
    const file = path.join(dir, 'notes/data-engineering/kinesis-data-streams.md')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^order: \d+$/m, 'order: "first"'))
    const cache = tempDir()
    const direct = loadContent(dir)
    open(dir, { writeDir: cache })
    const cached = open(dir, { writeDir: cache })
    expect(cached.source).toBe('cache')
    expect(cached.problems).toEqual(direct.problems)
    expect(cached.problems).toContainEqual(expect.objectContaining({ file: 'notes/data-engineering/kinesis-data-streams.md', field: 'order' }))
  })

  it('falls back to the files when the compiled copy is damaged, and repairs it', () => {
    const cache = tempDir()
    const { fingerprint } = open(resourcesDir, { writeDir: cache })
    const json = path.join(cache, `bundle-${fingerprint}.json`)
    const index = path.join(cache, `bundle-${fingerprint}.search.db`)
    fs.writeFileSync(json, fs.readFileSync(json, 'utf8').slice(0, 5000))
    expect(open(resourcesDir, { writeDir: cache }).source).toBe('files')
    expect(open(resourcesDir, { writeDir: cache }).source).toBe('cache')
    fs.writeFileSync(index, Buffer.from('not a database at all'))
    const repaired = open(resourcesDir, { writeDir: cache })
    expect(repaired.source).toBe('files')
    expect(repaired.index.match('"kinesis"*', 5).length).toBeGreaterThan(0)
  })

  it('still loads when the cache folder cannot be written', () => {
    const blocker = path.join(tempDir(), 'a-file')
    fs.writeFileSync(blocker, 'x')
    const loaded = open(resourcesDir, { writeDir: path.join(blocker, 'cache') })
    expect(loaded.source).toBe('files')
    expect(loaded.bundle.notes.length).toBeGreaterThan(100)
  })

  it('uses a copy compiled at build time from a read-only folder', () => {
    const prebuilt = tempDir()
    const fingerprint = compileContent(resourcesDir, prebuilt)
    const writeDir = tempDir()
    const loaded = open(resourcesDir, { readDirs: [prebuilt], writeDir })
    expect(loaded.source).toBe('cache')
    expect(loaded.fingerprint).toBe(fingerprint)
    expect(fs.readdirSync(writeDir)).toEqual([])
  })

  it('fingerprints what the loader reads: notes and links count, the documentation beside them does not', () => {
    const dir = copyBundle()
    const base = bundleFingerprint(dir)
    fs.appendFileSync(path.join(dir, 'CONTENT.md'), '\nMore documentation.\n')
    expect(bundleFingerprint(dir)).toBe(base)
    fs.symlinkSync(path.join(dir, 'manifest.json'), path.join(dir, 'cards', 'linked.json'))
    const linked = bundleFingerprint(dir)
    expect(linked).not.toBe(base)
    fs.rmSync(path.join(dir, 'cards', 'linked.json'))
    fs.appendFileSync(path.join(dir, 'manifest.json'), ' ')
    expect(bundleFingerprint(dir)).not.toBe(base)
  })
})
