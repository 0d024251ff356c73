import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { copyBundle, makeCore } from '../../../helpers'

describe('price sheets', () => {
  it('are loaded from the bundle with their dates, sources and unconfirmed items', () => {
    const core = makeCore()
    const { sheets, overrides } = core.services.calculators.prices.list()
    expect(sheets.map((s) => s.id)).toContain('athena-per-query')
    expect(sheets).toHaveLength(10)
    const classic = sheets.find((s) => s.id === 'quicksight-classic-2016')!
    expect(classic).toMatchObject({
      taughtByCourse: true,
      effectiveFrom: '2016-11-16',
      effectiveTo: '2025-05-01',
    })
    expect(classic.source).toMatch(/^https:\/\/aws\.amazon\.com\//)
    expect(classic.unconfirmed.length).toBeGreaterThan(0)
    expect(overrides).toEqual({})
  })

  it('keep the learner’s overrides per sheet, across a restart, until they are reset', async () => {
    const first = makeCore()
    const before = first.services.calculators.prices
    expect(before.setOverride('athena-per-query', 'scan-per-tb', 6.25)).toEqual({
      sheetId: 'athena-per-query',
      overrides: { 'scan-per-tb': 6.25 },
    })
    before.setOverride('kinesis-data-streams-provisioned', 'shard-hour', 0.02)
    before.setOverride('kinesis-data-streams-provisioned', 'put-payload-units-per-million', 0.01)
    before.setOverride('athena-per-query', 'scan-per-tb', 7)
    const dataDir = first.services.app.info().dataDir
    first.close()
    const core = makeCore({ dataDir })
    const prices = core.services.calculators.prices
    expect(prices.list().overrides).toEqual({
      'athena-per-query': { 'scan-per-tb': 7 },
      'kinesis-data-streams-provisioned': { 'shard-hour': 0.02, 'put-payload-units-per-million': 0.01 },
    })
    expect(prices.resetOverrides('kinesis-data-streams-provisioned', 'shard-hour').overrides).toEqual({
      'put-payload-units-per-million': 0.01,
    })
    expect(prices.resetOverrides('kinesis-data-streams-provisioned').overrides).toEqual({})
    const reply = await core.dispatch('prices:overrides', { sheetId: 'athena-per-query' })
    expect(reply).toEqual({
      ok: true,
      value: { sheetId: 'athena-per-query', overrides: { 'scan-per-tb': 7 } },
    })
  })

  it('refuse unknown sheets and rates, and negative prices at the gate', async () => {
    const core = makeCore()
    expect(
      await core.dispatch('prices:setOverride', { sheetId: 'no-such-sheet', rate: 'x', value: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'sheetId' },
    })
    expect(
      await core.dispatch('prices:setOverride', { sheetId: 'athena-per-query', rate: 'dpu-hour', value: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'rate' },
    })
    expect(
      await core.dispatch('prices:setOverride', {
        sheetId: 'athena-per-query',
        rate: 'scan-per-tb',
        value: -1,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'value', message: expect.stringMatching(/negative/) },
    })
    expect(core.services.calculators.prices.list().overrides).toEqual({})
  })

  it('ignore a stored override whose rate the sheet no longer has', () => {
    const core = makeCore()
    core.db.prepare("INSERT INTO price_overrides VALUES ('athena-per-query', 'retired-rate', 1, 'x')").run()
    core.db.prepare("INSERT INTO price_overrides VALUES ('retired-sheet', 'scan-per-tb', 1, 'x')").run()
    expect(core.services.calculators.prices.list().overrides).toEqual({})
    expect(core.services.calculators.prices.overrides('athena-per-query').overrides).toEqual({})
  })
})

describe('a broken price sheet', () => {
  it('is reported by file and field like any other content file, and left out', () => {
    const dir = copyBundle()
    const file = path.join(dir, 'prices/athena-per-query.json')
    const sheet = JSON.parse(fs.readFileSync(file, 'utf8'))
    sheet.rates['scan-per-tb'].value = -5
    fs.writeFileSync(file, JSON.stringify(sheet))
    fs.writeFileSync(
      path.join(dir, 'prices/renamed.json'),
      fs.readFileSync(path.join(dir, 'prices/data-firehose.json')),
    )
    const { bundle, problems } = loadContent(dir)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'prices/athena-per-query.json', field: 'rates.scan-per-tb.value' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'prices/renamed.json',
        field: 'id',
        message: expect.stringMatching(/data-firehose\.json/),
      }),
    )
    expect(bundle.prices.has('athena-per-query')).toBe(false)
    expect(bundle.prices.has('quicksight-2024')).toBe(true)
  })
})
