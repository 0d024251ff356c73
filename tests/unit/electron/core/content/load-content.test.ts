import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { copyBundle, resourcesDir } from '../../../helpers'

describe('the shipped content bundle', () => {
  const { bundle, problems } = loadContent(resourcesDir)

  it('validates: every file, every id, every link', () => {
    expect(problems).toEqual([])
  })

  it('has the MLS-C01 blueprint: four domains weighted 20/24/36/20, 65 questions, 180 minutes, 750 to pass', () => {
    expect(bundle.blueprint.domains.map((d) => [d.id, d.weight])).toEqual([
      ['data-engineering', 20],
      ['exploratory-data-analysis', 24],
      ['modeling', 36],
      ['implementation-operations', 20],
    ])
    expect(bundle.blueprint).toMatchObject({ questionCount: 65, timeLimitMinutes: 180, passingScore: 750 })
  })

  it('has notes in reading order, each domain before the next', () => {
    const order = bundle.blueprint.domains.map((d) => d.id)
    const seen = bundle.notes.map((n) => order.indexOf(n.domain))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(bundle.notes.length).toBeGreaterThan(20)
  })
})

describe('a broken content bundle', () => {
  it('reports a bad field by file and field, keeps the rest, and never throws', () => {
    const dir = copyBundle()
    const file = path.join(dir, 'notes/data-engineering/kinesis-data-streams.md')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^order: \d+$/m, 'order: "first"'))
    const { bundle, problems } = loadContent(dir)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'notes/data-engineering/kinesis-data-streams.md', field: 'order' }),
    )
    expect(bundle.noteById.has('kinesis-data-streams')).toBe(false)
    expect(bundle.noteById.has('s3-overview')).toBe(true)
  })

  it('reports invalid JSON, unknown keys, __proto__ keys and missing links', () => {
    const dir = copyBundle()
    fs.writeFileSync(path.join(dir, 'cards/broken.json'), '[{"id": "x-c-1", "note": "s3-overview", "type": "qa", "front"')
    fs.writeFileSync(
      path.join(dir, 'cards/extra.json'),
      JSON.stringify([{ id: 'x-c-2', note: 'no-such-note', type: 'qa', front: 'Front?', back: 'Back' }]) .replace('{', '{"__proto__": {"polluted": true},'),
    )
    const { problems } = loadContent(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'cards/broken.json', message: expect.stringMatching(/invalid JSON/) }))
    expect(problems).toContainEqual(expect.objectContaining({ file: 'cards/extra.json', field: '[0]' }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses oversized files and links that lead outside the bundle', () => {
    const dir = copyBundle()
    fs.writeFileSync(path.join(dir, 'questions/huge.json'), Buffer.alloc(5 * 1024 * 1024, 32))
    fs.symlinkSync('/etc/passwd', path.join(dir, 'cards/escape.json'))
    const { problems } = loadContent(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'questions/huge.json', message: expect.stringMatching(/limit is 4 MB/) }))
    expect(problems).toContainEqual(expect.objectContaining({ file: 'cards/escape.json', message: expect.stringMatching(/links are not followed/) }))
  })

  it('reports a note whose front matter is missing', () => {
    const dir = copyBundle()
    fs.writeFileSync(path.join(dir, 'notes/data-engineering/s3-overview.md'), 'Just text, no front matter.')
    const { problems } = loadContent(dir)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'notes/data-engineering/s3-overview.md', message: expect.stringMatching(/front matter/) }),
    )
  })
})
