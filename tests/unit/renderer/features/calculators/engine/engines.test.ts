import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../../../../../../electron/shared/calculators/calculator-defaults'
import { calculatorInputsSchemas } from '../../../../../../electron/shared/calculators/calculator-inputs'
import { calculatorIds } from '../../../../../../electron/shared/content/ids'
import {
  athenaFormats,
  athenaScaling,
} from '../../../../../../renderer/src/features/calculators/engine/athena-engine'
import type { DraftOf } from '../../../../../../renderer/src/features/calculators/engine/draft'
import { engines } from '../../../../../../renderer/src/features/calculators/engine/engines'
import { firehoseRounding } from '../../../../../../renderer/src/features/calculators/engine/firehose-engine'
import { kinesisShards } from '../../../../../../renderer/src/features/calculators/engine/kinesis-engine'
import { quickSightReaders } from '../../../../../../renderer/src/features/calculators/engine/quicksight-engine'
import { makeSheetSet, sheetsOf } from '../../../../../../renderer/src/features/calculators/engine/sheet-set'
import { formatMoney } from '../../../../../../renderer/src/features/calculators/model/units'
import { loadSheet, sheetFiles } from '../load-sheets'

const sheets = sheetFiles().map((f) => loadSheet(f.replace(/\.json$/, '')))
const set = makeSheetSet(sheets)
const today = '2026-03-01'
const draft = <C extends (typeof calculatorIds)[number]>(id: C) => defaultInputs(id, today) as DraftOf<C>

describe('the calculators’ starting inputs', () => {
  it.each(calculatorIds)(
    '%s: fit the saved-inputs schema and price without errors under the taught model',
    (id) => {
      const inputs = defaultInputs(id, today)
      expect(calculatorInputsSchemas[id].safeParse(inputs).success).toBe(true)
      const engine = engines[id] as (typeof engines)['athena']
      const run = engine.run(inputs as DraftOf<'athena'>, set)
      expect(run.errors).toEqual({})
      expect(run.result?.total).toBeGreaterThan(0)
      expect(run.sheet?.taughtByCourse).toBe(true)
    },
  )

  it('reproduce the worked examples of the notes', () => {
    const total = (id: (typeof calculatorIds)[number]) =>
      formatMoney(
        (engines[id] as (typeof engines)['athena']).run(draft(id) as DraftOf<'athena'>, set).result!.total,
      )
    expect(total('athena')).toBe('$4.46')
    expect(total('quicksight')).toBe('$1,199.00')
    expect(kinesisShards(draft('kinesis-data-streams'), set)).toMatchObject({
      shards: 12,
      binding: 'bytes-in',
    })
  })
})

describe('the price model picker', () => {
  it('lists the taught model first and prices the same inputs under each model', () => {
    expect(sheetsOf(set, 'quicksight').map((s) => s.id)).toEqual([
      'quicksight-classic-2016',
      'quicksight-2024',
      'quicksight-quick-suite-2025',
    ])
    const rows = engines.quicksight.models(draft('quicksight'), set)
    expect(rows.map((r) => [r.sheetId, r.total === null ? null : formatMoney(r.total)])).toEqual([
      ['quicksight-classic-2016', '$1,199.00'],
      ['quicksight-2024', '$859.00'],
      ['quicksight-quick-suite-2025', '$859.00'],
    ])
  })

  it('switches the bill to the chosen model', () => {
    const d = draft('quicksight')
    const current = engines.quicksight.choices(set).find((s) => s.id === 'quicksight-quick-suite-2025')!
    engines.quicksight.selectSheet(d, current)
    expect(engines.quicksight.run(d, set).sheet?.id).toBe('quicksight-quick-suite-2025')
    expect(formatMoney(engines.quicksight.run(d, set).result!.total)).toBe('$859.00')
    const a = draft('athena')
    engines.athena.selectSheet(
      a,
      engines.athena.choices(set).find((s) => s.model === 'provisioned-capacity')!,
    )
    expect(engines.athena.run(a, set).result?.lineItems[0]?.id).toBe('capacity')
    expect(engines.athena.models(a, set).map((r) => r.total !== null)).toEqual([true, true])
  })

  it('prices with the learner’s overrides, and says so when an override cannot apply', () => {
    const overridden = makeSheetSet(sheets, { 'athena-per-query': { 'scan-per-tb': 10 } })
    expect(formatMoney(engines.athena.run(draft('athena'), overridden).result!.total)).toBe('$8.92')
    const broken = makeSheetSet(sheets, { 'athena-per-query': { 'no-such-rate': 1 } })
    expect(broken.problems['athena-per-query']).toMatch(/no rate "no-such-rate"/)
    expect(formatMoney(engines.athena.run(draft('athena'), broken).result!.total)).toBe('$4.46')
  })
})

describe('field errors', () => {
  it('name the form field, and no bill is given', () => {
    const a = draft('athena')
    a.workloads[0]!.queries = -50
    const run = engines.athena.run(a, set)
    expect(run.result).toBeNull()
    expect(run.errors['workloads[0].queries']).toMatch(/cannot be negative/)
    a.workloads[0]!.queries = 'fifty'
    expect(engines.athena.run(a, set).errors['workloads[0].queries']).toMatch(/must be a number/)
    a.workloads[0]!.queries = ''
    expect(engines.athena.run(a, set).errors['workloads[0].queries']).toMatch(/required/)
  })

  it('refuse absurd sizes and inconsistent inputs', () => {
    const a = draft('athena')
    a.workloads[0]!.scanned = 2
    a.workloads[0]!.scannedUnit = 'EB'
    expect(engines.athena.run(a, set).errors['workloads[0].scanned']).toMatch(/beyond 1 EB/)
    const s3 = draft('s3-lifecycle')
    s3.stages[1]!.fromDay = 10
    expect(engines['s3-lifecycle'].run(s3, set).errors['stages[1].fromDay']).toMatch(/only after 30 days/)
    const f = draft('data-firehose')
    f.dynamicPartitioning = true
    f.objectsPerMonth = -1
    expect(engines['data-firehose'].run(f, set).errors.objectsPerMonth).toMatch(/negative/)
  })

  it('keep capacity errors under their section, with the per-query workloads still checked', () => {
    const a = draft('athena')
    a.model = 'provisioned-capacity'
    a.capacity.dpus = 6
    a.workloads[0]!.scanned = 'x'
    const run = engines.athena.run(a, set)
    expect(run.errors).toMatchObject({
      'capacity.dpus': expect.stringMatching(/steps of 4/),
      'workloads[0].scanned': expect.any(String),
    })
  })
})

describe('chart data', () => {
  it('Athena: the format comparison saves about 97 % with the defaults; capacity is flat as queries scale', () => {
    const { comparison } = athenaFormats(draft('athena'), set)
    expect(comparison?.scenarios).toHaveLength(5)
    expect(comparison!.scenarios.at(-1)!.saving).toBeGreaterThan(0.9)
    const bad = draft('athena')
    bad.lake.compressionRatio = 0.5
    expect(Object.keys(athenaFormats(bad, set).errors)).toEqual(['lake.compressionRatio'])
    const scaling = athenaScaling(draft('athena'), set)!
    expect(scaling.perQuery[0]).toBe(0)
    expect(scaling.perQuery.at(-1)).toBeCloseTo(3 * scaling.perQuery[4]!, 1)
  })

  it('QuickSight: one curve per model, crossing at 10 sessions; Firehose: rounding costs more below 5 KB', () => {
    const { chart } = quickSightReaders(draft('quicksight'), set)
    expect(chart?.series.map((s) => s.sheetId)).toHaveLength(3)
    expect(chart?.breakEvenSessions).toBe(10)
    const r = firehoseRounding(draft('data-firehose'), set)!
    const at = (kb: number) => r.sizesKb.indexOf(kb)
    expect(r.rounded[at(1)]).toBeCloseTo(r.rounded[at(5)]!, 6)
    expect(r.rounded[at(1)]).toBeCloseTo(5 * r.exact[at(1)]!, 6)
    expect(r.rounded[at(10)]).toBeCloseTo(r.exact[at(10)]!, 6)
  })
})
