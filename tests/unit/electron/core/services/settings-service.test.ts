import { describe, expect, it } from 'vitest'
import { makeCore } from '../../../helpers'

describe('settings', () => {
  it('start at the defaults and keep changes', () => {
    const core = makeCore()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false })
    core.services.settings.update({ theme: 'dark', fontScale: 1.25 })
    expect(core.services.settings.get()).toEqual({ theme: 'dark', fontScale: 1.25, reduceMotion: false })
  })

  it('fall back to the default for a damaged stored value', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"neon\"', 'x'), ('fontScale', 'not json', 'x')").run()
    expect(core.services.settings.get()).toEqual({ theme: 'system', fontScale: 1, reduceMotion: false })
  })
})
