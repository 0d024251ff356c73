import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

describe('practice settings', () => {
  it('defaults to 90 % retention and 20 new cards a day, and keeps changes beside the display settings', async () => {
    const core = makeCore()
    const { practice, settings } = core.services
    expect(practice.settings.get()).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 })
    expect(practice.settings.update({ newCardsPerDay: 35 })).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 35,
    })
    settings.update({ theme: 'dark' })
    expect(practice.settings.get().newCardsPerDay).toBe(35)
    expect(settings.get().theme).toBe('dark')
    expect(await core.dispatch('practice:updateSettings', { desiredRetention: 1.2 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    // A damaged stored value falls back to its default.
    core.db.prepare("UPDATE settings SET value = '\"lots\"' WHERE key = 'practice.newCardsPerDay'").run()
    expect(practice.settings.get().newCardsPerDay).toBe(20)
  })

  it('schedules with the chosen retention: a higher target gives shorter intervals', () => {
    const { practice } = makeCore({ now: () => new Date('2026-03-02T09:00:00Z') }).services
    const easy = () =>
      practice.flashcards.queue({ kind: 'all' }).card!.previews.find((p) => p.grade === 4)!.intervalMs
    const at90 = easy()
    practice.settings.update({ desiredRetention: 0.97 })
    expect(easy()).toBeLessThan(at90)
  })
})
