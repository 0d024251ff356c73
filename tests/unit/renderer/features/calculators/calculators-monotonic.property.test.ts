import fc from 'fast-check'
import { describe, it } from 'vitest'
import {
  athenaDataLakeCost,
  athenaPerQueryCost,
  billedScanBytes,
} from '../../../../../renderer/src/features/calculators/model/athena-cost'
import { firehoseCost } from '../../../../../renderer/src/features/calculators/model/firehose-cost'
import {
  kinesisOnDemandCost,
  kinesisProvisionedCost,
} from '../../../../../renderer/src/features/calculators/model/kinesis-cost'
import { quickSightCost } from '../../../../../renderer/src/features/calculators/model/quicksight-cost'
import {
  s3LifecycleCost,
  type LifecycleStage,
} from '../../../../../renderer/src/features/calculators/model/s3-lifecycle-cost'
import { nonNegative, notLess, pair, runs, sheets, totalOf } from './property-helpers'

const { athena, kinesis, kinesisOd, kinesisAdv, firehose, s3 } = sheets
const quicksightSheets = sheets.quicksight
const MB = 2 ** 20

describe('cost never decreases when usage grows', () => {
  it('Athena: more queries or more data scanned never cost less', () => {
    fc.assert(
      fc.property(
        pair(fc.integer({ min: 0, max: 1e9 })),
        pair(nonNegative(1e6)),
        fc.constantFrom('MB', 'GB', 'TB'),
        ([q1, q2], [s1, s2], unit) => {
          const price = (queries: number, scanned: number) =>
            totalOf(
              athenaPerQueryCost(
                { workloads: [{ queries, period: 'month', scanned, scannedUnit: unit }] },
                athena,
              ),
            )
          return notLess(price(q1, s1), price(q2, s1)) && notLess(price(q1, s1), price(q1, s2))
        },
      ),
      runs,
    )
  })

  it('Athena data lake: reading more columns or partitions never costs less', () => {
    fc.assert(
      fc.property(
        pair(fc.double({ min: 0.01, max: 1, noNaN: true })),
        pair(nonNegative(1)),
        ([c1, c2], [p1, p2]) => {
          const price = (columnFraction: number, partitionFraction: number) =>
            totalOf(
              athenaDataLakeCost(
                {
                  tableSize: 10,
                  tableSizeUnit: 'TB',
                  format: 'parquet',
                  compressionRatio: 3,
                  columnFraction,
                  partitionFraction,
                  queries: 100,
                  period: 'day',
                },
                athena,
              ),
            )
          return notLess(price(c1, p1), price(c2, p1)) && notLess(price(c1, p1), price(c1, p2))
        },
      ),
      runs,
    )
  })

  it('Kinesis: more records, bigger records or more consumers never cost less, in every mode', () => {
    fc.assert(
      fc.property(
        pair(nonNegative(50_000)),
        pair(fc.double({ min: 0.01, max: 1024, noNaN: true })),
        pair(fc.integer({ min: 0, max: 10 })),
        fc.constantFrom(kinesis, kinesisOd, kinesisAdv),
        ([r1, r2], [k1, k2], [c1, c2], sheet) => {
          const price = (recordsPerSecond: number, recordSizeKb: number, efoConsumers: number) => {
            const input = { recordsPerSecond, recordSizeKb, standardConsumers: 1, efoConsumers }
            return totalOf(
              sheet.model === 'provisioned'
                ? kinesisProvisionedCost(input, sheet)
                : kinesisOnDemandCost(input, sheet),
            )
          }
          const base = price(r1, k1, c1)
          return (
            notLess(base, price(r2, k1, c1)) &&
            notLess(base, price(r1, k2, c1)) &&
            notLess(base, price(r1, k1, c2))
          )
        },
      ),
      runs,
    )
  })

  it('Firehose: more records or bigger records never cost less, across the tiers', () => {
    fc.assert(
      fc.property(
        pair(fc.integer({ min: 0, max: 1e12 })),
        pair(fc.double({ min: 0.001, max: 1000, noNaN: true })),
        ([n1, n2], [k1, k2]) => {
          const price = (records: number, recordSizeKb: number) =>
            totalOf(
              firehoseCost({ records, period: 'month', recordSizeKb, formatConversion: true }, firehose),
            )
          return notLess(price(n1, k1), price(n2, k1)) && notLess(price(n1, k1), price(n1, k2))
        },
      ),
      runs,
    )
  })

  it('QuickSight: more readers, sessions, authors or SPICE never cost less, under every model', () => {
    fc.assert(
      fc.property(
        pair(fc.integer({ min: 1, max: 500 })),
        pair(fc.integer({ min: 0, max: 5000 })),
        pair(fc.integer({ min: 0, max: 200 })),
        pair(nonNegative(5000)),
        fc.constantFrom(...quicksightSheets),
        ([a1, a2], [r1, r2], [s1, s2], [g1, g2], sheet) => {
          const price = (authors: number, readers: number, sessions: number, spiceGb: number) =>
            totalOf(
              quickSightCost(
                {
                  edition: 'enterprise',
                  billing: 'annual',
                  authors,
                  readers: [{ count: readers, sessionsPerMonth: sessions }],
                  spiceGb,
                },
                sheet,
              ),
            )
          const base = price(a1, r1, s1, g1)
          return (
            notLess(base, price(a2, r1, s1, g1)) &&
            notLess(base, price(a1, r2, s1, g1)) &&
            notLess(base, price(a1, r1, s2, g1)) &&
            notLess(base, price(a1, r1, s1, g2))
          )
        },
      ),
      runs,
    )
  })

  it('S3: a bigger dataset or more objects never cost less under the same lifecycle', () => {
    const lifecycles: { stages: LifecycleStage[]; expirationDay?: number }[] = [
      { stages: [{ storageClass: 'standard', fromDay: 0 }] },
      {
        stages: [
          { storageClass: 'standard', fromDay: 0 },
          { storageClass: 'standard-ia', fromDay: 30 },
          { storageClass: 'glacier-flexible', fromDay: 180 },
        ],
      },
      { stages: [{ storageClass: 'standard-ia', fromDay: 0 }], expirationDay: 10 },
      {
        stages: [
          { storageClass: 'intelligent-tiering', fromDay: 0 },
          { storageClass: 'glacier-deep-archive', fromDay: 200 },
        ],
        expirationDay: 300,
      },
      {
        stages: [
          { storageClass: 'glacier-instant', fromDay: 0 },
          { storageClass: 'glacier-flexible', fromDay: 45 },
        ],
      },
    ]
    fc.assert(
      fc.property(
        pair(fc.double({ min: 0.001, max: 2e6, noNaN: true })),
        pair(fc.integer({ min: 1000, max: 1e9 })),
        fc.constantFrom(...lifecycles),
        ([g1, g2], [o1, o2], lc) => {
          const price = (size: number, objectCount: number) =>
            totalOf(s3LifecycleCost({ size, sizeUnit: 'GB', objectCount, ...lc }, s3))
          return notLess(price(g1, o1), price(g2, o1)) && notLess(price(g1, o1), price(g1, o2))
        },
      ),
      // Each S3 price walks every day of the year for each class, so this property runs fewer cases.
      { numRuns: 100 },
    )
  }, 180_000)
})

describe('the Athena minimum', () => {
  it('bills every scan under 10 MB as exactly 10 MB', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10 * MB, noNaN: true }),
        (bytes) => billedScanBytes(bytes, athena) === 10 * MB,
      ),
      { numRuns: 1000 },
    )
  })

  it('bills a scan above 10 MB at the next whole MB, never less than scanned', () => {
    fc.assert(
      fc.property(fc.double({ min: 10 * MB, max: 2 ** 50, noNaN: true }), (bytes) => {
        const billed = billedScanBytes(bytes, athena)
        return billed >= bytes && billed - bytes < MB && billed % MB === 0
      }),
      { numRuns: 1000 },
    )
  })
})

describe('results add up', () => {
  it('the total is the sum of the line items, every amount finite and not negative', () => {
    fc.assert(
      fc.property(
        nonNegative(20_000),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (rps, kb, consumers) => {
          const outcomes = [
            kinesisProvisionedCost(
              {
                recordsPerSecond: rps,
                recordSizeKb: kb,
                standardConsumers: consumers,
                efoConsumers: consumers,
                retentionHours: 1000,
              },
              kinesis,
            ),
            kinesisOnDemandCost(
              {
                recordsPerSecond: rps,
                recordSizeKb: kb,
                standardConsumers: consumers,
                efoConsumers: consumers,
                retentionHours: 1000,
              },
              kinesisAdv,
            ),
            firehoseCost({ records: rps, period: 'second', recordSizeKb: kb }, firehose),
          ]
          return outcomes.every((o) => {
            if (!o.ok) return false
            const sum = o.result.lineItems.reduce((s, l) => s + l.amount, 0)
            return (
              o.result.lineItems.every((l) => Number.isFinite(l.amount) && l.amount >= 0) &&
              Math.abs(sum - o.result.total) < 1e-6
            )
          })
        },
      ),
      runs,
    )
  })
})
