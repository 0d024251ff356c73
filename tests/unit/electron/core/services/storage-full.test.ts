import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

describe('a full disk', () => {
  it('reaches the learner as “storage full”, loses nothing committed, and the next write after space returns succeeds', async () => {
    const core = makeCore()
    const notes = core.services.bundle.notes.map((n) => n.id)
    expect((await core.dispatch('notes:setRead', { id: notes[0]!, read: true })).ok).toBe(true)
    core.db.pragma('wal_checkpoint(TRUNCATE)')
    // SQLite's page limit stands in for a full disk: no write may grow the file past its current size.
    const pages = core.db.pragma('page_count', { simple: true }) as number
    core.db.pragma(`max_page_count = ${pages}`)
    const filler = core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'x')")
    for (let i = 0; ; i++) {
      try {
        filler.run(`filler-${i}`, 'x'.repeat(2000))
      } catch {
        break
      }
    }
    let full: unknown = null
    for (const id of notes.slice(1)) {
      const w = await core.dispatch('notes:setRead', { id, read: true })
      if (!w.ok) {
        full = w.error
        break
      }
    }
    expect(full).toMatchObject({ code: 'storage_full', message: expect.stringMatching(/disk is full/) })
    // What was committed before is all there.
    expect(core.services.notes.get(notes[0]!).read).toBe(true)
    expect(core.services.data.check().ok).toBe(true)
    // Space returns: the next write succeeds without a restart.
    core.db.pragma('max_page_count = 1073741823')
    const after = await core.dispatch('notes:setRead', { id: notes.at(-1)!, read: true })
    expect(after.ok).toBe(true)
    expect(core.services.notes.get(notes.at(-1)!).read).toBe(true)
  })
})
