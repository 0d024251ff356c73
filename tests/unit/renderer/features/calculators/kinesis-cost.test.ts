import { describe, expect, it } from 'vitest'
import {
  compareKinesisModes,
  kinesisOnDemandCost,
  kinesisProvisionedCost,
  kinesisShardsNeeded,
  type KinesisInput,
} from '../../../../../renderer/src/features/calculators/model/kinesis-cost'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const provisioned = loadSheet('kinesis-data-streams-provisioned')
const onDemand = loadSheet('kinesis-data-streams-on-demand')
const advantage = loadSheet('kinesis-data-streams-on-demand-advantage')
const GB = 2 ** 30
const KB = 1024

const stream = (patch: Partial<KinesisInput>): KinesisInput => ({
  recordsPerSecond: 100,
  recordSizeKb: 35,
  standardConsumers: 0,
  efoConsumers: 0,
  ...patch,
})

// Worked by hand from https://aws.amazon.com/kinesis/data-streams/pricing/: $0.015 per shard-hour, $0.014 per
// million 25 KB PUT payload units, $0.020 per shard-hour of extended retention, $0.023 per GB-month long-term,
// enhanced fan-out $0.015 per consumer-shard-hour and $0.013 per GB.
const provisionedExamples = [
  {
    name: 'AWS: 100 records/s of 35 KB on a 720-hour month → 4 shards, 518.4 M units, $50.46',
    input: stream({ hoursPerMonth: 720 }),
    shards: 4,
    binding: 'bytes-in',
    units: 518_400_000,
    total: 4 * 720 * 0.015 + 518.4 * 0.014,
    display: '$50.46',
  },
  {
    name: 'bound by records, not bytes: 5,000 records/s of 0.1 KB → 5 shards',
    input: stream({ recordsPerSecond: 5000, recordSizeKb: 0.1 }),
    shards: 5,
    binding: 'records-in',
    units: 5000 * 2_628_000,
    total: 5 * 730 * 0.015 + 13_140 * 0.014,
    display: '$238.71',
  },
  {
    name: 'a 26 KB record costs two PUT units',
    input: stream({ recordsPerSecond: 1, recordSizeKb: 26 }),
    shards: 1,
    binding: 'bytes-in',
    units: 2 * 2_628_000,
    total: 730 * 0.015 + 5.256 * 0.014,
    display: '$11.02',
  },
  {
    name: 'a 25 KB record costs one PUT unit',
    input: stream({ recordsPerSecond: 1, recordSizeKb: 25 }),
    shards: 1,
    binding: 'bytes-in',
    units: 2_628_000,
    total: 730 * 0.015 + 2.628 * 0.014,
    display: '$10.99',
  },
  {
    name: 'bound by reads: 5 standard consumers share 2 MB/s per shard',
    input: stream({ recordsPerSecond: 500, recordSizeKb: 1, standardConsumers: 5 }),
    shards: 2,
    binding: 'bytes-out',
    units: 500 * 2_628_000,
    total: 2 * 730 * 0.015 + 1314 * 0.014,
    display: '$40.30',
  },
  {
    name: 'enhanced fan-out: 2 consumers on the AWS example',
    input: stream({ hoursPerMonth: 720, efoConsumers: 2 }),
    shards: 4,
    binding: 'bytes-in',
    units: 518_400_000,
    total: 50.4576 + 2 * 4 * 720 * 0.015 + ((2 * 100 * 35 * KB * 2_592_000) / GB) * 0.013,
    display: '$361.80',
  },
  {
    name: 'extended retention of 48 hours adds $0.020 per shard-hour',
    input: stream({ hoursPerMonth: 720, retentionHours: 48 }),
    shards: 4,
    binding: 'bytes-in',
    units: 518_400_000,
    total: 50.4576 + 4 * 720 * 0.02,
    display: '$108.06',
  },
  {
    name: '30 days of retention adds long-term storage of the data older than 7 days',
    input: stream({ retentionHours: 720 }),
    shards: 4,
    binding: 'bytes-in',
    units: 100 * 2 * 2_628_000,
    total: 4 * 730 * 0.015 + 525.6 * 0.014 + 4 * 730 * 0.02 + ((100 * 35 * KB * 3600 * 552) / GB) * 0.023,
    display: '$262.12',
  },
  {
    name: 'a partition key counts toward the 1 MB/s write limit',
    input: stream({ recordsPerSecond: 1000, recordSizeKb: 1, partitionKeyBytes: 256 }),
    shards: 2,
    binding: 'bytes-in',
    units: 1000 * 2_628_000,
    total: 2 * 730 * 0.015 + 2628 * 0.014,
    display: '$58.69',
  },
  {
    name: 'an idle stream still pays for one shard',
    input: stream({ recordsPerSecond: 0 }),
    shards: 1,
    binding: 'bytes-in',
    units: 0,
    total: 730 * 0.015,
    display: '$10.95',
  },
]

describe('Kinesis provisioned: worked examples', () => {
  it.each(provisionedExamples)('$name', ({ input, shards, binding, units, total, display }) => {
    const outcome = kinesisProvisionedCost(input, provisioned)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.plan.shards).toBe(shards)
    expect(outcome.result.plan.binding).toBe(binding)
    expect(outcome.result.putPayloadUnits).toBeCloseTo(units, 3)
    expect(outcome.result.total).toBeCloseTo(total, 8)
    expect(formatMoney(outcome.result.total)).toBe(display)
  })

  it('writes the AWS example out in the line items', () => {
    const outcome = kinesisProvisionedCost(stream({ hoursPerMonth: 720 }), provisioned)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const [shardLine, putLine] = outcome.result.lineItems
    expect(shardLine?.formula).toBe('4 shards × 720 h × $0.015 = $43.20')
    expect(putLine?.formula).toContain('2 units a record')
    expect(putLine?.formula).toContain('518.4 M units × $0.014 per M = $7.26')
  })

  it('says which limit binds and shows each requirement', () => {
    const outcome = kinesisShardsNeeded(
      stream({ recordsPerSecond: 5000, recordSizeKb: 0.1, standardConsumers: 1 }),
      provisioned,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.binding).toBe('records-in')
    expect(outcome.result.requirements.map((r) => [r.constraint, r.shards])).toEqual([
      ['bytes-in', 1],
      ['records-in', 5],
      ['bytes-out', 1],
    ])
    expect(outcome.result.requirements[1]?.formula).toContain(
      '5,000 records/s ÷ 1,000 records/s per shard → 5 shards',
    )
  })
})

describe('Kinesis on-demand', () => {
  it('Standard: the AWS example costs a stream-hour charge plus $0.08 per GB in', () => {
    const outcome = kinesisOnDemandCost(stream({ hoursPerMonth: 720 }), onDemand)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const gbIn = (100 * 35 * KB * 2_592_000) / GB
    expect(outcome.result.dataInGb).toBeCloseTo(gbIn, 8)
    expect(outcome.result.total).toBeCloseTo(720 * 0.04 + gbIn * 0.08, 8)
    expect(formatMoney(outcome.result.total)).toBe('$720.94')
  })

  it('Standard: a 1.5 KB record is billed as 2 KB, in and out', () => {
    const outcome = kinesisOnDemandCost(
      stream({ recordsPerSecond: 1000, recordSizeKb: 1.5, standardConsumers: 1 }),
      onDemand,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const gb = (1000 * 2 * KB * 2_628_000) / GB
    expect(outcome.result.billedRecordBytes).toBe(2048)
    expect(outcome.result.total).toBeCloseTo(730 * 0.04 + gb * 0.08 + gb * 0.04, 8)
  })

  it('Standard: enhanced fan-out reads at $0.05 per GB and 48-hour retention at $0.10 per GB-month', () => {
    const outcome = kinesisOnDemandCost(
      stream({ hoursPerMonth: 720, efoConsumers: 1, retentionHours: 48 }),
      onDemand,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const gb = (100 * 35 * KB * 2_592_000) / GB
    expect(outcome.result.total).toBeCloseTo(720 * 0.04 + gb * 0.08 + gb * 0.05 + (gb / 720) * 24 * 0.1, 8)
  })

  it('Advantage: a small stream pays the 25 MiB/s commitment in and out (about $100 a day)', () => {
    const outcome = kinesisOnDemandCost(stream({ standardConsumers: 1 }), advantage)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const minimumGb = (25 * 2 ** 20 * 2_628_000) / GB
    expect(outcome.result.total).toBeCloseTo(minimumGb * (0.032 + 0.016), 8)
    expect(formatMoney(outcome.result.total)).toBe('$3,079.69')
    expect(outcome.result.lineItems.map((l) => l.id)).toContain('ingest-commitment')
    expect(outcome.result.lineItems.some((l) => l.id === 'stream-hours')).toBe(false)
  })

  it('Advantage: a 50 MiB/s stream with two consumers is above the commitment', () => {
    const outcome = kinesisOnDemandCost(
      stream({ recordsPerSecond: 51_200, recordSizeKb: 1, standardConsumers: 1, efoConsumers: 1 }),
      advantage,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const gb = (51_200 * KB * 2_628_000) / GB
    expect(outcome.result.total).toBeCloseTo(gb * 0.032 + 2 * gb * 0.016, 6)
    expect(outcome.result.lineItems.some((l) => l.id.endsWith('commitment'))).toBe(false)
  })
})

describe('compareKinesisModes', () => {
  it('prices the same stream in every mode and names the cheapest', () => {
    const outcome = compareKinesisModes(stream({ hoursPerMonth: 720 }), [provisioned, onDemand, advantage])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.modes.map((m) => m.model)).toEqual([
      'provisioned',
      'on-demand',
      'on-demand-advantage',
    ])
    expect(outcome.result.modes[0]?.total).toBeCloseTo(50.4576, 8)
    expect(outcome.result.cheapestSheetId).toBe('kinesis-data-streams-provisioned')
  })
})

describe('Kinesis: invalid input', () => {
  it.each([
    [{ recordsPerSecond: -1 }, 'recordsPerSecond', 'cannot be negative'],
    [{ recordsPerSecond: 'fast' }, 'recordsPerSecond', 'must be a number'],
    [{ recordSizeKb: 0 }, 'recordSizeKb', 'above 0'],
    [{ recordSizeKb: 20_000 }, 'recordSizeKb', '10 MiB'],
    [{ efoConsumers: 21 }, 'efoConsumers', 'at most 20'],
    [{ standardConsumers: 1.5 }, 'standardConsumers', 'whole number'],
    [{ retentionHours: 12 }, 'retentionHours', 'at least 24'],
    [{ retentionHours: 9000 }, 'retentionHours', '365 days'],
    [{ recordsPerSecond: 1e9, recordSizeKb: 10_000 }, 'recordsPerSecond', '1 EB'],
    [{ hoursPerMonth: 744 }, 'hoursPerMonth', '730 or 720'],
  ])('%j → error on %s', (patch, field, message) => {
    for (const sheet of [provisioned, onDemand]) {
      const outcome =
        sheet === provisioned
          ? kinesisProvisionedCost(stream(patch as never), sheet)
          : kinesisOnDemandCost(stream(patch as never), sheet)
      expect(outcome.ok).toBe(false)
      expect(outcome).not.toHaveProperty('result')
      if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
    }
  })

  it('allows 50 enhanced fan-out consumers in Advantage mode', () => {
    expect(kinesisOnDemandCost(stream({ efoConsumers: 50 }), advantage).ok).toBe(true)
    expect(kinesisOnDemandCost(stream({ efoConsumers: 51 }), advantage).ok).toBe(false)
  })
})
