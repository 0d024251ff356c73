import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

describe('settings', () => {
  it('start at the defaults and keep changes', () => {
    const core = makeCore()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false, onboardingDone: false, dailyMinutes: 30, recentViews: [] })
    core.services.settings.update({ theme: 'dark', fontScale: 1.25 })
    expect(core.services.settings.get()).toEqual({ theme: 'dark', fontScale: 1.25, reduceMotion: false, onboardingDone: false, dailyMinutes: 30, recentViews: [] })
  })

  it('fall back to the default for a damaged stored value', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"neon\"', 'x'), ('fontScale', 'not json', 'x')").run()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false, onboardingDone: false, dailyMinutes: 30, recentViews: [] })
  })

  it('keep settings stored before the welcome existed, and remember the welcome once done', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'x')").run()
    expect(core.services.settings.get()).toMatchObject({ theme: 'dark', onboardingDone: false, dailyMinutes: 30, recentViews: [] })
    core.services.settings.update({ onboardingDone: true, dailyMinutes: 45 })
    expect(core.services.settings.get()).toMatchObject({ theme: 'dark', onboardingDone: true, dailyMinutes: 45 })
    expect(() => core.services.settings.update({ dailyMinutes: 2 })).toThrow()
  })

  it('keep the pages visited last with their scroll positions, and refuse a malformed list', () => {
    const core = makeCore()
    const views = [
      { path: '/notes/kinesis-data-streams', title: 'Kinesis Data Streams', scrollTop: 1480 },
      { path: '/', title: 'Today', scrollTop: 0 },
    ]
    core.services.settings.update({ recentViews: views })
    expect(core.services.settings.get().recentViews).toEqual(views)
    expect(() => core.services.settings.update({ recentViews: [{ path: 'https://example.com', title: 'x', scrollTop: 0 }] })).toThrow()
    expect(() => core.services.settings.update({ recentViews: [{ path: '/notes', title: 'Notes', scrollTop: -5 }] })).toThrow()
    core.db.prepare("UPDATE settings SET value = '[{\"path\": 3}]' WHERE key = 'recentViews'").run()
    expect(core.services.settings.get().recentViews).toEqual([])
  })
})
