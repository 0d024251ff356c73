import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../../electron/shared/errors'
import { parsePriceSheet, priceSheetSchema } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  FIREHOSE_RECORD_UNIT_BYTES,
  KINESIS_ON_DEMAND_RECORD_UNIT_BYTES,
  KINESIS_PUT_PAYLOAD_UNIT_BYTES,
  toBytes,
} from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet, readSheetJson, sheetFiles } from './load-sheets'

const expectedSheets = [
  'athena-per-query',
  'athena-provisioned-capacity',
  'data-firehose',
  'kinesis-data-streams-on-demand',
  'kinesis-data-streams-on-demand-advantage',
  'kinesis-data-streams-provisioned',
  'quicksight-2024',
  'quicksight-classic-2016',
  'quicksight-quick-suite-2025',
  's3-storage-classes',
]

/** Parses and returns the error thrown, or fails the test when nothing is thrown. */
function errorOf(json: unknown): AppError {
  try {
    parsePriceSheet(json, 'prices/test.json')
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected the sheet to be refused')
}

describe('price sheets in resources/prices', () => {
  it('ships every sheet the calculators need', () => {
    expect(sheetFiles()).toEqual(expectedSheets.map((id) => `${id}.json`).sort())
  })

  it.each(sheetFiles())('%s validates against the schema and is named after its id', (file) => {
    const sheet = parsePriceSheet(readSheetJson(file), `prices/${file}`)
    expect(`${sheet.id}.json`).toBe(file)
    expect(sheet.region).toBe('us-east-1')
    expect(sheet.currency).toBe('USD')
    expect(sheet.source).toMatch(/^https:\/\//)
  })

  it.each(sheetFiles())('%s marks unconfirmed rates in its unconfirmed list', (file) => {
    const sheet = parsePriceSheet(readSheetJson(file))
    const flagged = Object.values(sheet.rates).some((r) => r.unconfirmed === true)
    if (flagged) expect(sheet.unconfirmed.length).toBeGreaterThan(0)
  })

  it('keeps the record rounding rules equal to the unit conventions in units.ts', () => {
    const put = loadSheet('kinesis-data-streams-provisioned').rules['put-payload-unit']
    const od = loadSheet('kinesis-data-streams-on-demand').rules['record-rounding']
    const adv = loadSheet('kinesis-data-streams-on-demand-advantage').rules['record-rounding']
    const fh = loadSheet('data-firehose').rules['record-rounding']
    for (const rule of [put, od, adv, fh]) expect(rule?.kind).toBe('rounding')
    if (
      put?.kind !== 'rounding' ||
      od?.kind !== 'rounding' ||
      adv?.kind !== 'rounding' ||
      fh?.kind !== 'rounding'
    )
      return
    expect(toBytes(put.value, 'KB')).toBe(KINESIS_PUT_PAYLOAD_UNIT_BYTES)
    expect(toBytes(od.value, 'KB')).toBe(KINESIS_ON_DEMAND_RECORD_UNIT_BYTES)
    expect(toBytes(adv.value, 'KB')).toBe(KINESIS_ON_DEMAND_RECORD_UNIT_BYTES)
    expect(toBytes(fh.value, 'KB')).toBe(FIREHOSE_RECORD_UNIT_BYTES)
  })

  it('defaults the QuickSight calculator to the model the course teaches', () => {
    const taught = expectedSheets.filter((id) => id.startsWith('quicksight') && loadSheet(id).taughtByCourse)
    expect(taught).toEqual(['quicksight-classic-2016'])
  })
})

describe('price sheet schema', () => {
  const valid = readSheetJson('athena-per-query.json') as Record<string, unknown>

  it('refuses unknown keys and names the field', () => {
    const err = errorOf({ ...valid, discount: 0.1 })
    expect(err.code).toBe('content_error')
    expect(err.message).toContain('prices/test.json')
    expect(err.message).toContain('discount')
  })

  it('refuses an unknown key inside a rate, naming the rate', () => {
    const rates = { 'scan-per-tb': { value: 5, unit: 'USD per TB', description: 'x', currency: 'USD' } }
    const err = errorOf({ ...valid, rates })
    expect(err.field).toBe('rates.scan-per-tb')
  })

  it('refuses a negative or non-numeric rate, naming the value', () => {
    expect(
      errorOf({ ...valid, rates: { 'scan-per-tb': { value: -5, unit: 'u', description: 'd' } } }).field,
    ).toBe('rates.scan-per-tb.value')
    expect(
      errorOf({ ...valid, rates: { 'scan-per-tb': { value: '5', unit: 'u', description: 'd' } } }).field,
    ).toBe('rates.scan-per-tb.value')
  })

  it('refuses a model the service never had', () => {
    expect(errorOf({ ...valid, model: 'on-demand' }).field).toBe('model')
  })

  it('refuses a bad date, a wrong region and a wrong currency', () => {
    expect(errorOf({ ...valid, effectiveFrom: '2016-13-01' }).field).toBe('effectiveFrom')
    expect(errorOf({ ...valid, region: 'eu-west-1' }).field).toBe('region')
    expect(errorOf({ ...valid, currency: 'EUR' }).field).toBe('currency')
    expect(errorOf({ ...valid, effectiveTo: '2015-01-01' }).field).toBe('effectiveTo')
  })

  it('refuses tiers that do not rise or do not end open-ended', () => {
    const tiers = (list: unknown[]) => ({
      ...valid,
      rules: { t: { kind: 'tiers', unit: 'GB', rateUnit: 'USD', description: 'd', tiers: list } },
    })
    expect(errorOf(tiers([{ upTo: 10, value: 1 }])).field).toBe('rules.t.tiers[0].upTo')
    expect(
      errorOf(
        tiers([
          { upTo: 10, value: 1 },
          { upTo: 5, value: 1 },
          { upTo: null, value: 1 },
        ]),
      ).field,
    ).toBe('rules.t.tiers[1].upTo')
  })

  it('refuses overlapping schedule entries', () => {
    const entries = [
      { from: '2023-01-01', to: '2024-01-01', values: {}, description: 'a' },
      { from: '2023-06-01', values: {}, description: 'b' },
    ]
    const err = errorOf({ ...valid, rules: { s: { kind: 'schedule', description: 'd', entries } } })
    expect(err.field).toBe('rules.s.entries[0].to')
  })

  it('refuses a rule of an unknown kind', () => {
    const err = errorOf({
      ...valid,
      rules: { r: { kind: 'discount', value: 1, unit: 'u', description: 'd' } },
    })
    expect(err.field).toBe('rules.r.kind')
  })

  it('infers a typed sheet from valid JSON', () => {
    const parsed = priceSheetSchema.parse(valid)
    expect(parsed.rates['scan-per-tb']?.value).toBe(5)
  })
})
