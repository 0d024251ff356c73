import { describe, expect, it, vi } from 'vitest'
import { createGate, type Handlers } from '../../../../electron/core/gate'
import { channelNames } from '../../../../electron/shared/channels'
import { AppError } from '../../../../electron/shared/errors'
import { makeCore } from '../../helpers'

function spyHandlers(): Handlers {
  const handlers = Object.fromEntries(channelNames.map((c) => [c, vi.fn(() => ({}))]))
  return handlers as unknown as Handlers
}

describe('the gate', () => {
  it('passes a valid call to its service and returns the value', async () => {
    const core = makeCore()
    const result = await core.dispatch('notes:get', { id: 's3-overview' })
    expect(result).toMatchObject({ ok: true, value: { id: 's3-overview' } })
  })

  it('rejects malformed input with a typed error naming the field, without calling the service', async () => {
    const handlers = spyHandlers()
    const dispatch = createGate(handlers)
    const cases: [string, unknown, string][] = [
      ['notes:get', { id: 42 }, 'id'],
      ['notes:get', {}, 'id'],
      ['notes:get', { id: 'Not An Id!' }, 'id'],
      ['notes:get', { id: 's3-overview', extra: true }, 'extra'],
      ['notes:setRead', { id: 's3-overview', read: 'yes' }, 'read'],
      ['search:query', { q: 'x'.repeat(201) }, 'q'],
      ['search:query', null, 'input'],
      ['settings:update', { theme: 'purple' }, 'theme'],
    ]
    for (const [channel, input, field] of cases) {
      const result = await dispatch(channel, input)
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'validation', field } })
    }
    for (const c of channelNames) expect(handlers[c]).not.toHaveBeenCalled()
  })

  it('refuses unknown channels, including names inherited from Object.prototype', async () => {
    const dispatch = createGate(spyHandlers())
    for (const name of ['nope:nothing', '__proto__', 'constructor', 'toString', 42]) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
  })

  it('turns thrown errors into plain data, hiding the internals of unexpected ones', async () => {
    const handlers = spyHandlers()
    handlers['notes:tree'] = () => {
      throw new Error('secret stack detail')
    }
    handlers['notes:get'] = () => {
      throw new AppError('not_found', 'There is no note "x".', 'id')
    }
    const onInternalError = vi.fn()
    const dispatch = createGate(handlers, { onInternalError })
    const internal = await dispatch('notes:tree', {})
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(internal)).not.toMatch(/secret/)
    expect(onInternalError).toHaveBeenCalledOnce()
    expect(await dispatch('notes:get', { id: 'x' })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no note "x".', field: 'id' } })
  })
})
