import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

describe('settings', () => {
  it('start at the defaults and keep changes', () => {
    const core = makeCore()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false, onboardingDone: false, dailyMinutes: 30 })
    core.services.settings.update({ theme: 'dark', fontScale: 1.25 })
    expect(core.services.settings.get()).toEqual({ theme: 'dark', fontScale: 1.25, reduceMotion: false, onboardingDone: false, dailyMinutes: 30 })
  })

  it('fall back to the default for a damaged stored value', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"neon\"', 'x'), ('fontScale', 'not json', 'x')").run()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false, onboardingDone: false, dailyMinutes: 30 })
  })

  it('keep settings stored before the welcome existed, and remember the welcome once done', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'x')").run()
    expect(core.services.settings.get()).toMatchObject({ theme: 'dark', onboardingDone: false, dailyMinutes: 30 })
    core.services.settings.update({ onboardingDone: true, dailyMinutes: 45 })
    expect(core.services.settings.get()).toMatchObject({ theme: 'dark', onboardingDone: true, dailyMinutes: 45 })
    expect(() => core.services.settings.update({ dailyMinutes: 2 })).toThrow()
  })
})
