import fc from 'fast-check'
import { describe, it } from 'vitest'
import {
  athenaDataLakeCost,
  athenaPerQueryCost,
} from '../../../../../renderer/src/features/calculators/model/athena-cost'
import { firehoseCost } from '../../../../../renderer/src/features/calculators/model/firehose-cost'
import {
  kinesisOnDemandCost,
  kinesisProvisionedCost,
} from '../../../../../renderer/src/features/calculators/model/kinesis-cost'
import { quickSightCost } from '../../../../../renderer/src/features/calculators/model/quicksight-cost'
import { s3LifecycleCost } from '../../../../../renderer/src/features/calculators/model/s3-lifecycle-cost'
import { invalidNumber, refused, runs, sheets } from './property-helpers'

const { athena, kinesis, kinesisOd, firehose, s3 } = sheets
const quicksightSheets = sheets.quicksight

describe('invalid input always gives errors and no total', () => {
  it('Athena', () => {
    fc.assert(
      fc.property(invalidNumber, fc.constantFrom('queries', 'scanned'), (bad, field) => {
        const workload = { queries: 10, period: 'month', scanned: 1, scannedUnit: 'GB', [field]: bad }
        return refused(athenaPerQueryCost({ workloads: [workload as never] }, athena))
      }),
      runs,
    )
  })

  it('Athena data lake, including fractions above 1', () => {
    const badFraction = fc.oneof(invalidNumber, fc.double({ min: 1.000001, max: 1e6, noNaN: true }))
    fc.assert(
      fc.property(badFraction, fc.constantFrom('columnFraction', 'partitionFraction'), (bad, field) => {
        const input = {
          tableSize: 1,
          tableSizeUnit: 'TB',
          format: 'parquet',
          compressionRatio: 3,
          columnFraction: 1,
          partitionFraction: 1,
          queries: 1,
          period: 'month',
          [field]: bad,
        }
        return refused(athenaDataLakeCost(input as never, athena))
      }),
      runs,
    )
  })

  it('Kinesis', () => {
    fc.assert(
      fc.property(
        invalidNumber,
        fc.constantFrom(
          'recordsPerSecond',
          'recordSizeKb',
          'standardConsumers',
          'efoConsumers',
          'retentionHours',
        ),
        (bad, field) => {
          const input = {
            recordsPerSecond: 100,
            recordSizeKb: 35,
            standardConsumers: 1,
            efoConsumers: 0,
            retentionHours: 24,
            [field]: bad,
          }
          // An absent retention means the default 24 hours; every other invalid value must be refused.
          if (field === 'retentionHours' && bad === undefined)
            return kinesisProvisionedCost(input as never, kinesis).ok
          return (
            refused(kinesisProvisionedCost(input as never, kinesis)) &&
            refused(kinesisOnDemandCost(input as never, kinesisOd))
          )
        },
      ),
      runs,
    )
  })

  it('Firehose', () => {
    fc.assert(
      fc.property(invalidNumber, fc.constantFrom('records', 'recordSizeKb'), (bad, field) => {
        const input = { records: 100, period: 'second', recordSizeKb: 3, [field]: bad }
        return refused(firehoseCost(input as never, firehose))
      }),
      runs,
    )
  })

  it('QuickSight', () => {
    fc.assert(
      fc.property(
        invalidNumber,
        fc.constantFrom('authors', 'spiceGb', 'count', 'sessionsPerMonth'),
        fc.constantFrom(...quicksightSheets),
        (bad, field, sheet) => {
          const group = {
            count: 5,
            sessionsPerMonth: 3,
            ...(field === 'count' || field === 'sessionsPerMonth' ? { [field]: bad } : {}),
          }
          const input = {
            edition: 'enterprise',
            billing: 'monthly',
            authors: 2,
            spiceGb: 10,
            readers: [group],
            ...(field === 'authors' || field === 'spiceGb' ? { [field]: bad } : {}),
          }
          return refused(quickSightCost(input as never, sheet))
        },
      ),
      runs,
    )
  })

  it('S3 lifecycle', () => {
    fc.assert(
      fc.property(
        invalidNumber,
        fc.constantFrom('size', 'objectCount', 'expirationDay', 'fromDay'),
        (bad, field) => {
          const stages = [{ storageClass: 'standard', fromDay: field === 'fromDay' ? bad : 0 }]
          const input = {
            size: 100,
            sizeUnit: 'GB',
            objectCount: 100,
            stages,
            ...(field === 'fromDay' ? {} : { [field]: bad }),
          }
          // An absent expiration day is allowed (no expiration); every other invalid value must be refused.
          if (field === 'expirationDay' && bad === undefined) return s3LifecycleCost(input as never, s3).ok
          return refused(s3LifecycleCost(input as never, s3))
        },
      ),
      runs,
    )
  })
})
