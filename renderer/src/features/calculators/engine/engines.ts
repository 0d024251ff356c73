import type { CalculatorId } from '@shared/content/ids'
import { athenaEngine } from './athena-engine'
import type { CalculatorEngine } from './engine-types'
import { firehoseEngine } from './firehose-engine'
import { kinesisEngine } from './kinesis-engine'
import { quickSightEngine } from './quicksight-engine'
import { s3Engine } from './s3-engine'

/** Every calculator's engine, by calculator id. */
export const engines: { [C in CalculatorId]: CalculatorEngine<C> } = {
  athena: athenaEngine,
  quicksight: quickSightEngine,
  'kinesis-data-streams': kinesisEngine,
  'data-firehose': firehoseEngine,
  's3-lifecycle': s3Engine,
}
