import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppCore, type AppCore } from '../../../../../electron/core/app-core'
import { progressSections, type ProgressFile } from '../../../../../electron/shared/readiness/progress-file'
import { makeCore, migrationsDir, resourcesDir, tempDir } from '../../../helpers'
import { seedHistory, type Clock } from '../../../seed-history'

type Rows = Record<string, unknown[]>

/** Every progress table, read whole, in a fixed order: what "identical progress" is compared on. */
function tables(c: AppCore): Rows {
  const out: Rows = {}
  for (const [, table, key] of progressSections)
    out[table] = c.db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all()
  return out
}

// One seeded history, written once through the real services; every test starts from a copy of its data folder.
let template = ''
const clock: Clock = { now: new Date('2025-02-01T07:00:00Z') }

beforeAll(() => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsc-transfer-'))
  const c = createAppCore({
    dataDir: template,
    resourcesDir,
    migrationsDir,
    mode: 'browser',
    version: '0.0.0-test',
    now: () => clock.now,
  })
  seedHistory(c, clock, { days: 21, mockEvery: 8, seed: 11, reviewsPerDay: 15 })
  c.services.settings.update({ theme: 'dark' })
  c.services.readiness.planSettings.update({ examDate: '2025-04-15' })
  const all = { kind: 'all' as const }
  const flashcards = c.services.practice.flashcards
  flashcards.undo(flashcards.grade(flashcards.queue(all).card!.id, 2, 500, all).reviewId, all)
  c.close()
})
afterAll(() => fs.rmSync(template, { recursive: true, force: true }))

function seeded(): { c: AppCore; dataDir: string } {
  const dataDir = tempDir()
  fs.cpSync(template, dataDir, { recursive: true })
  return { c: makeCore({ dataDir, now: () => clock.now }), dataDir }
}

async function upload(c: AppCore, text: string, id = 'test-upload-1'): Promise<string> {
  const size = 50_000
  const count = Math.max(1, Math.ceil(text.length / size))
  for (let i = 0; i < count; i++)
    c.services.readiness.transfer.upload(id, i, count, text.slice(i * size, (i + 1) * size))
  return id
}

describe('progress export, import and reset', () => {
  it('gives back identical progress after export → reset → import, table by table', async () => {
    const { c, dataDir } = seeded()
    const before = tables(c)
    expect(before.card_reviews!.length).toBeGreaterThan(100)
    expect(before.quiz_answers!.length).toBeGreaterThan(100)
    expect(before.mock_exams!.length).toBeGreaterThan(0)
    expect((before.card_reviews as { undone_at: string | null }[]).some((r) => r.undone_at !== null)).toBe(
      true,
    )

    const file = c.services.readiness.transfer.export()
    expect(file).toMatchObject({
      format: 'mls-companion-progress',
      version: 1,
      app: { name: 'MLS Companion' },
    })
    const text = JSON.stringify(file)
    const reset = await c.services.readiness.transfer.reset()
    expect(reset.removed.reviewLog).toBe(before.card_reviews!.length)
    const cleared = tables(c)
    for (const t of ['note_reads', 'card_states', 'card_reviews', 'quiz_answers', 'mock_exams'])
      expect(cleared[t]).toEqual([])
    expect(cleared.settings).toEqual(before.settings)

    const id = await upload(c, text)
    const preview = c.services.readiness.transfer.preview(id, 'replace')
    expect(tables(c)).toEqual(cleared)
    expect(preview.sections.reviewLog).toMatchObject({
      inFile: before.card_reviews!.length,
      added: before.card_reviews!.length,
      removed: 0,
    })
    expect(preview.sections.settings).toMatchObject({ unchanged: before.settings!.length })
    const result = await c.services.readiness.transfer.import(id, 'replace')
    expect(tables(c)).toEqual(before)
    expect(result.preview).toEqual(preview)

    // Both destructive steps left a complete backup, never a half-written one.
    const backups = fs.readdirSync(path.join(dataDir, 'backups'))
    expect(backups).toContain(reset.backup)
    expect(backups).toContain(result.backup)
    expect(backups.some((f) => f.endsWith('.partial'))).toBe(false)
  })

  it('merges into an empty store to the same progress, and merging the same file again changes nothing', async () => {
    const { c } = seeded()
    const before = tables(c)
    const text = JSON.stringify(c.services.readiness.transfer.export())
    const other = makeCore()
    const first = await other.services.readiness.transfer.import(await upload(other, text), 'merge')
    expect(first.preview.sections.quizAnswers.added).toBe(before.quiz_answers!.length)
    const after = tables(other)
    for (const t of ['note_reads', 'card_states', 'card_reviews', 'quiz_answers', 'mock_exams'])
      expect(after[t]).toEqual(before[t])
    const again = other.services.readiness.transfer.preview(
      await upload(other, text, 'test-upload-2'),
      'merge',
    )
    for (const s of Object.values(again.sections))
      expect(s).toMatchObject({ added: 0, updated: 0, skipped: 0 })
  })

  it('keeps the newer side of each row when merging two devices\u2019 progress', async () => {
    const { c } = seeded()
    const file = c.services.readiness.transfer.export()
    const note = c.services.bundle.notes[60]!.id
    const other = makeCore({ now: () => clock.now })
    clock.now = new Date('2025-03-10T10:00:00Z')
    other.services.notes.setRead(note, true)
    other.services.practice.quizzes.answer(c.services.bundle.questions[5]!.id, ['a'], 1000, 'quiz')
    const edited: ProgressFile = {
      ...file,
      settings: file.settings.map((s) =>
        s.key === 'theme' ? { ...s, value: '"light"', updated_at: '2020-01-01T00:00:00.000Z' } : s,
      ),
    }
    other.services.settings.update({ theme: 'dark' })
    const r = await other.services.readiness.transfer.import(
      await upload(other, JSON.stringify(edited)),
      'merge',
    )
    expect(other.services.settings.get().theme).toBe('dark')
    expect(r.preview.sections.settings.skipped).toBe(1)
    expect(other.services.notes.get(note).read).toBe(true)
    const answers = other.db.prepare('SELECT COUNT(*) AS n FROM quiz_answers').get() as { n: number }
    expect(answers.n).toBe(file.quizAnswers.length + 1)
  })

  it('refuses a malformed or foreign file with a clear message and changes nothing', async () => {
    const { c } = seeded()
    const before = tables(c)
    const good = c.services.readiness.transfer.export()
    const cases: [string, RegExp][] = [
      ['{ not json', /not valid JSON/],
      [JSON.stringify({ hello: 'world' }), /not an MLS Companion progress export/],
      [JSON.stringify({ ...good, version: 2 }), /newer version/],
      [JSON.stringify({ ...good, reviewLog: [{ ...good.reviewLog[0], grade: 7 }] }), /reviewLog\[0\]\.grade/],
      [
        JSON.stringify({ ...good, noteReads: [...good.noteReads, good.noteReads[0]] }),
        /two rows share the same note_id/,
      ],
      [
        JSON.stringify({
          ...good,
          quizAnswers: [{ ...good.quizAnswers[0], source: 'mock', mock_id: 'mock-missing' }],
        }),
        /mock exam "mock-missing"/,
      ],
    ]
    for (const [i, [text, message]] of cases.entries()) {
      const id = await upload(c, text, `bad-upload-${i}`)
      expect(() => c.services.readiness.transfer.preview(id, 'replace')).toThrow(message)
      await expect(c.services.readiness.transfer.import(id, 'replace')).rejects.toThrow(/Nothing was changed/)
    }
    expect(tables(c)).toEqual(before)
    const r = await c.dispatch('progress:preview', { uploadId: 'never-uploaded', mode: 'merge' })
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('imports and reports progress for ids the content no longer has, never dropping it', async () => {
    const { c } = seeded()
    const file = c.services.readiness.transfer.export()
    const gone = {
      ...file,
      noteReads: [...file.noteReads, { note_id: 'a-retired-note', read_at: '2025-01-01T00:00:00.000Z' }],
      quizAnswers: [
        ...file.quizAnswers,
        {
          ...file.quizAnswers[0]!,
          id: 999_999,
          question_id: 'retired-q-001',
          source: 'quiz' as const,
          mock_id: null,
        },
      ],
    }
    const other = makeCore()
    const id = await upload(other, JSON.stringify(gone))
    const preview = other.services.readiness.transfer.preview(id, 'merge')
    expect(preview.unknownIds).toEqual({ notes: ['a-retired-note'], cards: [], questions: ['retired-q-001'] })
    await other.services.readiness.transfer.import(id, 'merge')
    expect(
      other.db.prepare("SELECT COUNT(*) AS n FROM note_reads WHERE note_id = 'a-retired-note'").get(),
    ).toEqual({ n: 1 })
    expect(
      other.db.prepare("SELECT COUNT(*) AS n FROM quiz_answers WHERE question_id = 'retired-q-001'").get(),
    ).toEqual({ n: 1 })
    // Readiness ignores what it cannot place, without failing.
    expect(other.services.readiness.readiness.readiness().answers).toBe(file.quizAnswers.length)
  })

  it('replacing overwrites the settings the file has and keeps the ones it lacks', async () => {
    const { c } = seeded()
    const file = c.services.readiness.transfer.export()
    c.services.settings.update({ theme: 'light', fontScale: 1.25 })
    const only = { ...file, settings: file.settings.filter((x) => x.key === 'theme') }
    const r = await c.services.readiness.transfer.import(await upload(c, JSON.stringify(only)), 'replace')
    expect(r.preview.sections.settings).toMatchObject({ inFile: 1, updated: 1, removed: 0 })
    expect(c.services.settings.get()).toMatchObject({ theme: 'dark', fontScale: 1.25 })
    expect(c.services.readiness.planSettings.get().examDate).toBe('2025-04-15')
  })

  it('refuses to import or reset a database from a newer version, leaving it as it was', async () => {
    const { c, dataDir } = seeded()
    const text = JSON.stringify(c.services.readiness.transfer.export())
    c.close()
    const db = new Database(path.join(dataDir, 'progress.db'))
    db.pragma('user_version = 99')
    db.close()
    const newer = makeCore({ dataDir })
    const before = tables(newer)
    expect(await newer.dispatch('progress:reset', { confirm: 'RESET' })).toMatchObject({
      ok: false,
      error: { code: 'db_too_new' },
    })
    const id = await upload(newer, text)
    await expect(newer.services.readiness.transfer.import(id, 'replace')).rejects.toThrow(/read-only/)
    expect(tables(newer)).toEqual(before)
  })

  it('asks for the word RESET before resetting, and keeps the settings', async () => {
    const { c } = seeded()
    expect(await c.dispatch('progress:reset', { confirm: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect((c.db.prepare('SELECT COUNT(*) AS n FROM card_reviews').get() as { n: number }).n).toBeGreaterThan(
      0,
    )
    const r = await c.dispatch('progress:reset', { confirm: 'RESET' })
    expect(r.ok).toBe(true)
    expect(c.services.settings.get().theme).toBe('dark')
    expect(c.services.readiness.planSettings.get().examDate).toBe('2025-04-15')
    expect(c.services.readiness.readiness.readiness().state).toBe('insufficient-data')
  })
})
