import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../../../../../../electron/shared/calculators/calculator-defaults'
import { formatsOption } from '../../../../../../renderer/src/features/calculators/charts/athena-charts'
import {
  axisMoney,
  type CalcPalette,
} from '../../../../../../renderer/src/features/calculators/charts/calc-chart-style'
import {
  bindingText,
  modesOption,
} from '../../../../../../renderer/src/features/calculators/charts/kinesis-charts'
import {
  monthsOption,
  usedClasses,
} from '../../../../../../renderer/src/features/calculators/charts/s3-charts'
import { athenaFormats } from '../../../../../../renderer/src/features/calculators/engine/athena-engine'
import { kinesisShards } from '../../../../../../renderer/src/features/calculators/engine/kinesis-engine'
import { s3Input } from '../../../../../../renderer/src/features/calculators/engine/s3-engine'
import {
  effectiveText,
  longDate,
  modelName,
} from '../../../../../../renderer/src/features/calculators/engine/sheet-labels'
import { makeSheetSet } from '../../../../../../renderer/src/features/calculators/engine/sheet-set'
import { s3LifecycleCost } from '../../../../../../renderer/src/features/calculators/model/s3-lifecycle-cost'
import { loadSheet, sheetFiles } from '../load-sheets'

const set = makeSheetSet(sheetFiles().map((f) => loadSheet(f.replace(/\.json$/, ''))))
const palette: CalcPalette = {
  text: '#111',
  muted: '#555',
  border: '#ccc',
  surface: '#fff',
  accent: '#05a',
  success: '#070',
  danger: '#b00',
  warning: '#850',
  series: ['#05a', '#070', '#850', '#b00', '#80f', '#089'],
}
type Series = { name: string; data: unknown[]; color?: string }

describe('chart options', () => {
  it('Athena: bars run from raw text at the top to pruned columnar at the bottom, the baseline in grey', () => {
    const scenarios = athenaFormats(defaultInputs('athena', '2026-03-01'), set).comparison!.scenarios
    const option = formatsOption(palette, scenarios) as {
      yAxis: { data: string[] }
      series: { data: { value: number; itemStyle: { color: string } }[] }[]
    }
    expect(option.yAxis.data.at(-1)).toBe('CSV, uncompressed')
    expect(option.series[0]!.data.at(-1)).toMatchObject({ value: 7605, itemStyle: { color: palette.muted } })
  })

  it('Kinesis: names the binding limit and any limit that needs as many shards; one layer per line item', () => {
    const plan = kinesisShards(defaultInputs('kinesis-data-streams', '2026-03-01'), set)!
    expect(bindingText(plan)).toBe(
      '12 shards, set by the bytes written (the bytes read by shared consumers need as many).',
    )
    const option = modesOption(palette, [
      { name: 'A', items: [{ id: 'x', label: 'X', formula: '', amount: 1 }] },
      {
        name: 'B',
        items: [
          { id: 'y', label: 'Y', formula: '', amount: 2 },
          { id: 'x', label: 'X', formula: '', amount: 3 },
        ],
      },
    ]) as { series: Series[] }
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['X', [1, 3]],
      ['Y', [0, 2]],
    ])
  })

  it('S3: stacks only the classes the lifecycle uses, in waterfall order', () => {
    const outcome = s3LifecycleCost(
      s3Input(defaultInputs('s3-lifecycle', '2026-03-01')),
      set.byId.get('s3-storage-classes')!,
    )
    if (!outcome.ok) throw new Error('lifecycle refused')
    expect(usedClasses(outcome.result.months)).toEqual([
      'standard',
      'standard-ia',
      'glacier-flexible',
      'glacier-deep-archive',
    ])
    const option = monthsOption(palette, outcome.result.months) as { series: Series[] }
    expect(option.series.map((s) => s.name)).not.toContain('Early deletion')
    expect(option.series[0]!.data).toHaveLength(12)
  })

  it('format money on axes and dates and model names in words', () => {
    expect([0, 4.5, 950, 1200, 3_400_000].map(axisMoney)).toEqual(['$0', '$4.5', '$950', '$1.2k', '$3.4M'])
    expect(longDate('2016-11-16')).toBe('16 Nov 2016')
    expect(effectiveText({ effectiveFrom: '2016-11-16', effectiveTo: '2025-05-01' })).toBe(
      'from 16 Nov 2016 to 1 May 2025',
    )
    expect(modelName({ model: 'classic-2016' })).toBe('Classic (per-session readers)')
  })
})
