import type { AsyncComponentLoader } from 'vue'
import { calculatorIds, type CalculatorId } from '@shared/content/ids'

// The five calculators as the app presents them: a title, a one-line description, and the form and charts
// that are particular to each (loaded with the calculator, so the notes reader does not pay for them).

export interface CalculatorInfo {
  id: CalculatorId
  title: string
  description: string
  form: AsyncComponentLoader
  charts: AsyncComponentLoader
}

export const calculatorCatalog: Record<CalculatorId, CalculatorInfo> = {
  athena: {
    id: 'athena',
    title: 'Athena',
    description:
      '$5 per TB scanned, per query rounded up to the MB with a 10 MB minimum; formats and partitions; provisioned capacity.',
    form: () => import('./components/AthenaForm.vue'),
    charts: () => import('./components/AthenaCharts.vue'),
  },
  quicksight: {
    id: 'quicksight',
    title: 'QuickSight',
    description:
      'Authors, readers and SPICE under the classic per-session prices the course teaches and today’s flat prices.',
    form: () => import('./components/QuickSightForm.vue'),
    charts: () => import('./components/QuickSightCharts.vue'),
  },
  'kinesis-data-streams': {
    id: 'kinesis-data-streams',
    title: 'Kinesis Data Streams',
    description:
      'Shards from bytes and records in and bytes out, PUT payload units, retention, and the on-demand modes.',
    form: () => import('./components/KinesisForm.vue'),
    charts: () => import('./components/KinesisCharts.vue'),
  },
  'data-firehose': {
    id: 'data-firehose',
    title: 'Amazon Data Firehose',
    description:
      'Tiered ingestion with every record rounded up to 5 KB, format conversion and dynamic partitioning.',
    form: () => import('./components/FirehoseForm.vue'),
    charts: () => import('./components/FirehoseCharts.vue'),
  },
  's3-lifecycle': {
    id: 's3-lifecycle',
    title: 'S3 storage classes and lifecycle',
    description:
      'A dataset moved through the storage classes month by month, with minimum durations and object sizes.',
    form: () => import('./components/S3LifecycleForm.vue'),
    charts: () => import('./components/S3LifecycleCharts.vue'),
  },
}

/** True when a string names one of the calculators. */
export function isCalculatorId(id: unknown): id is CalculatorId {
  return typeof id === 'string' && (calculatorIds as readonly string[]).includes(id)
}
