import { describe, expect, it } from 'vitest'
import type { AppCore } from '../../../../../electron/core/app-core'
import { ReadinessContent } from '../../../../../electron/core/services/readiness-content'
import { makeCore } from '../../../helpers'
import { seedHistory, type Clock } from '../../../seed-history'
import { ReferenceRepository, ReferenceService } from '../services/readiness-reference'

/** The per-quarter review counts the triggers keep, and the same counted from the reviews themselves. */
function quarters(core: AppCore) {
  return {
    kept: core.db
      .prepare('SELECT quarter, reviews FROM review_activity WHERE reviews <> 0 ORDER BY quarter')
      .all(),
    counted: core.db
      .prepare(
        `SELECT unixepoch(reviewed_at) / 900 AS quarter, count(*) AS reviews FROM card_reviews
         WHERE undone_at IS NULL GROUP BY 1 ORDER BY 1`,
      )
      .all(),
  }
}

async function upload(c: AppCore, text: string): Promise<string> {
  const id = 'test-upload-1'
  c.services.readiness.transfer.upload(id, 0, 1, text)
  return id
}

describe('reviews per quarter-hour (review_activity)', () => {
  it('follows the reviews through grade, undo, reset, import, restore; so does the dashboard', async () => {
    const clock: Clock = { now: new Date('2025-09-01T07:00:00Z') }
    const c = makeCore({ now: () => clock.now })
    const reference = new ReferenceService(
      new ReadinessContent(c.services.bundle),
      new ReferenceRepository(c.db),
      () => clock.now,
    )
    const same = async () => {
      const { kept, counted } = quarters(c)
      expect(kept).toEqual(counted)
      const d = await c.dispatch('readiness:dashboard', { timeZone: 'America/St_Johns' })
      expect(d).toEqual({ ok: true, value: reference.dashboard('America/St_Johns') })
      return counted.length
    }
    seedHistory(c, clock, { days: 40, seed: 5 })
    const flashcards = c.services.practice.flashcards
    const all = { kind: 'all' } as const
    flashcards.undo(flashcards.grade(flashcards.queue(all).card!.id, 2, 500, all).reviewId, all)
    expect(await same()).toBeGreaterThan(20)
    const backup = await c.services.data.create('manual')
    const file = JSON.stringify(c.services.readiness.transfer.export())

    await c.services.readiness.transfer.reset()
    expect(await same()).toBe(0)
    await c.services.readiness.transfer.import(await upload(c, file), 'replace')
    const afterImport = await same()
    expect(afterImport).toBeGreaterThan(20)

    flashcards.grade(flashcards.queue(all).card!.id, 3, 500, all)
    await c.services.data.restore(backup.name)
    // The restore copies review_activity too; its rows were already rebuilt while card_reviews was copied.
    expect(await same()).toBe(afterImport)
  })
})
