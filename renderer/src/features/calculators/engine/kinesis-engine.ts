import {
  kinesisOnDemandCost,
  kinesisProvisionedCost,
  kinesisShardsNeeded,
  type KinesisInput,
  type ShardPlan,
} from '../model/kinesis-cost'
import type { PriceSheet } from '@shared/content/price-sheet-schema'
import type { DraftOf } from './draft'
import { modelTotal, toRun, type CalculatorEngine, type EngineRun } from './engine-types'
import { pickSheet, sheetsOf, type SheetSet } from './sheet-set'

// Kinesis Data Streams: the same stream in provisioned mode (shards, the model the course teaches), On-demand
// Standard and On-demand Advantage.

type KinesisDraft = DraftOf<'kinesis-data-streams'>

/** The stream as the calculators read it (they check every number, raw text included). */
function streamOf(d: KinesisDraft): KinesisInput {
  const { sheetId: _sheetId, ...stream } = d
  return stream as KinesisInput
}

/** The bill in one mode. */
export function kinesisRun(d: KinesisDraft, sheet: PriceSheet | undefined): EngineRun {
  if (sheet === undefined) return toRun(null, sheet)
  const cost = sheet.model === 'provisioned' ? kinesisProvisionedCost : kinesisOnDemandCost
  return toRun(cost(streamOf(d), sheet), sheet)
}

/** The shards a provisioned stream needs for each limit, and which one binds. */
export function kinesisShards(d: KinesisDraft, set: SheetSet): ShardPlan | null {
  const sheet = sheetsOf(set, 'kinesis-data-streams').find((s) => s.model === 'provisioned')
  if (sheet === undefined) return null
  const outcome = kinesisShardsNeeded(streamOf(d), sheet)
  return outcome.ok ? outcome.result : null
}

export const kinesisEngine: CalculatorEngine<'kinesis-data-streams'> = {
  id: 'kinesis-data-streams',
  service: 'kinesis-data-streams',
  usesHours: true,
  choices: (set) => sheetsOf(set, 'kinesis-data-streams'),
  activeSheet: (d, set) => pickSheet(set, 'kinesis-data-streams', d.sheetId),
  selectSheet(d, sheet) {
    d.sheetId = sheet.id
  },
  run: (d, set) => kinesisRun(d, pickSheet(set, 'kinesis-data-streams', d.sheetId)),
  models: (d, set) =>
    sheetsOf(set, 'kinesis-data-streams').map((sheet) => modelTotal(sheet, kinesisRun(d, sheet))),
}
