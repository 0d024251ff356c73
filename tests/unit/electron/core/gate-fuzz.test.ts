import crypto from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../../electron/shared/api'
import { channelNames } from '../../../../electron/shared/channels'
import { sampleInputs } from '../../channel-samples'
import { makeCore } from '../../helpers'
import { arbitraryFor, malformedPayload } from '../../schema-arbitrary'

const MALFORMED_PER_CHANNEL = 1000
const VALID_PER_CHANNEL = 25

/** A checksum of every row of every table: any change made by a call changes it. */
function checksum(core: ReturnType<typeof makeCore>): string {
  const hash = crypto.createHash('sha256')
  const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  for (const t of tables) hash.update(t + JSON.stringify(core.db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()))
  return hash.digest('hex')
}

describe('the gate under fuzzing', () => {
  it(`rejects ${MALFORMED_PER_CHANNEL} malformed payloads per channel with a typed validation error and changes nothing`, async () => {
    const core = makeCore()
    const before = checksum(core)
    const unhandled: unknown[] = []
    const onUnhandled = (e: unknown) => unhandled.push(e)
    process.on('unhandledRejection', onUnhandled)
    let total = 0
    try {
      for (const channel of channelNames) {
        const schema = contract[channel].input
        const samples = fc.sample(malformedPayload(sampleInputs[channel]), { numRuns: MALFORMED_PER_CHANNEL * 3, seed: channel.length * 7919 })
        let rejected = 0
        for (const payload of samples) {
          if (schema.safeParse(payload).success) continue
          const result = await core.dispatch(channel, payload)
          if (result.ok || result.error.code !== 'validation') {
            expect.fail(`${channel} did not reject ${String(JSON.stringify(payload)).slice(0, 120)}: ${JSON.stringify(result).slice(0, 200)}`)
          }
          if (++rejected === MALFORMED_PER_CHANNEL) break
        }
        expect(rejected, channel).toBe(MALFORMED_PER_CHANNEL)
        total += rejected
      }
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
    expect(total).toBe(MALFORMED_PER_CHANNEL * channelNames.length)
    expect(unhandled).toEqual([])
    expect(checksum(core)).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  }, 300_000)

  it('accepts valid payloads generated from each schema, and answers them in the shape of its output schema', async () => {
    const core = makeCore()
    const noteIds = core.services.bundle.notes.map((n) => n.id)
    const known = (pattern: string) => (new RegExp(pattern).test('s3-overview') ? noteIds : [])
    for (const channel of channelNames) {
      const payloads = fc.sample(arbitraryFor(contract[channel].input, known), { numRuns: VALID_PER_CHANNEL, seed: 42 })
      for (const payload of payloads) {
        if (!contract[channel].input.safeParse(payload).success) continue
        const result = await core.dispatch(channel, payload)
        // checkOutputs is on in tests: a response that breaks its output schema comes back as `internal`.
        // A service may still turn a well-formed request down (an unknown id, a piece past the end).
        if (!result.ok) expect(result.error.code, `${channel} ${JSON.stringify(payload)}: ${result.error.message}`).not.toBe('internal')
        else expect(contract[channel].output.safeParse(result.value).success, channel).toBe(true)
      }
    }
  }, 300_000)
})
