import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { InputChecker, LIMITS } from './line-item'
import { ruleValue } from './sheet-rates'
import { BYTES_PER_TB, daysPerMonth, type DataUnit, type HoursPerMonth } from './units'

// The storage classes a lifecycle can use, what each is billed by (a rate key, a minimum duration, a minimum
// object size, the Glacier per-object overhead), and the checks a lifecycle must pass before it is priced.

export const storageClasses = [
  'standard',
  'intelligent-tiering',
  'standard-ia',
  'one-zone-ia',
  'glacier-instant',
  'glacier-flexible',
  'glacier-deep-archive',
] as const
export type StorageClass = (typeof storageClasses)[number]

export interface StorageClassInfo {
  label: string
  /** Rate key for a flat price; Standard is tiered and Intelligent-Tiering has one rate per access tier. */
  rateKey?: string
  minDaysKey?: string
  minObjectKey?: string
  glacierOverhead?: boolean
}

export const storageClassInfo: Record<StorageClass, StorageClassInfo> = {
  standard: { label: 'S3 Standard' },
  'intelligent-tiering': { label: 'S3 Intelligent-Tiering' },
  'standard-ia': {
    label: 'S3 Standard-IA',
    rateKey: 'standard-ia-gb-month',
    minDaysKey: 'standard-ia-minimum-days',
    minObjectKey: 'standard-ia-minimum-object',
  },
  'one-zone-ia': {
    label: 'S3 One Zone-IA',
    rateKey: 'one-zone-ia-gb-month',
    minDaysKey: 'one-zone-ia-minimum-days',
    minObjectKey: 'one-zone-ia-minimum-object',
  },
  'glacier-instant': {
    label: 'S3 Glacier Instant Retrieval',
    rateKey: 'glacier-instant-gb-month',
    minDaysKey: 'glacier-instant-minimum-days',
    minObjectKey: 'glacier-instant-minimum-object',
  },
  'glacier-flexible': {
    label: 'S3 Glacier Flexible Retrieval',
    rateKey: 'glacier-flexible-gb-month',
    minDaysKey: 'glacier-flexible-minimum-days',
    glacierOverhead: true,
  },
  'glacier-deep-archive': {
    label: 'S3 Glacier Deep Archive',
    rateKey: 'glacier-deep-archive-gb-month',
    minDaysKey: 'glacier-deep-archive-minimum-days',
    glacierOverhead: true,
  },
}

/** Where lifecycle rules can move objects from each class (the S3 lifecycle "waterfall"). */
export const allowedTransitions: Record<StorageClass, readonly StorageClass[]> = {
  standard: [
    'intelligent-tiering',
    'standard-ia',
    'one-zone-ia',
    'glacier-instant',
    'glacier-flexible',
    'glacier-deep-archive',
  ],
  'standard-ia': [
    'intelligent-tiering',
    'one-zone-ia',
    'glacier-instant',
    'glacier-flexible',
    'glacier-deep-archive',
  ],
  'intelligent-tiering': ['one-zone-ia', 'glacier-instant', 'glacier-flexible', 'glacier-deep-archive'],
  'one-zone-ia': ['glacier-flexible', 'glacier-deep-archive'],
  'glacier-instant': ['glacier-flexible', 'glacier-deep-archive'],
  'glacier-flexible': ['glacier-deep-archive'],
  'glacier-deep-archive': [],
}

export interface LifecycleStage {
  storageClass: StorageClass
  /** Days after upload when the data enters this class; the first stage starts on day 0. */
  fromDay: number
}

export interface S3LifecycleInput {
  size: number
  sizeUnit: DataUnit
  objectCount: number
  stages: LifecycleStage[]
  /** Day the objects are deleted by an expiration rule, if any. */
  expirationDay?: number
  /** Months to project (default 12). */
  months?: number
  hoursPerMonth?: HoursPerMonth
}

export interface Lifecycle {
  bytes: number
  objectCount: number
  stages: LifecycleStage[]
  expirationDay: number | undefined
  months: number
  hours: HoursPerMonth
  daysPerMonth: number
}

const MAX_OBJECT_BYTES = 5 * BYTES_PER_TB

/** Reads a lifecycle, refusing ones S3 would not accept (wrong order, Standard-IA before day 30, …). */
export function readLifecycle(check: InputChecker, input: S3LifecycleInput, sheet: PriceSheet): Lifecycle {
  const hours = check.hours('hoursPerMonth', input.hoursPerMonth)
  const bytes = check.dataSize('size', input.size, 'sizeUnit', input.sizeUnit, 'Dataset size')
  const objectCount = check.number('objectCount', input.objectCount, {
    label: 'Objects',
    integer: true,
    max: LIMITS.maxCount * 1000,
  })
  const months =
    input.months === undefined
      ? 12
      : check.number('months', input.months, { label: 'Months', integer: true, min: 1, max: 120 })
  const rawStages = Array.isArray(input.stages) ? input.stages : []
  if (rawStages.length === 0)
    check.fail('stages', 'A lifecycle needs at least one stage (the class the data is uploaded to).')
  const stages = rawStages.map((s, i) => ({
    storageClass: check.choice(`stages[${i}].storageClass`, s.storageClass, storageClasses, 'Storage class'),
    fromDay: check.number(`stages[${i}].fromDay`, s.fromDay, {
      label: 'Day',
      integer: true,
      max: 36500,
      maxMessage: 'Lifecycle days go up to 100 years.',
    }),
  }))
  const expirationDay =
    input.expirationDay === undefined
      ? undefined
      : check.number('expirationDay', input.expirationDay, {
          label: 'Expiration day',
          integer: true,
          min: 1,
          max: 36500,
        })
  if (!check.ok)
    return { bytes, objectCount, stages, expirationDay, months, hours, daysPerMonth: daysPerMonth(hours) }

  if (bytes > 0 && objectCount === 0)
    check.fail('objectCount', 'Data has to be stored in at least one object.')
  else if (objectCount > 0 && bytes / objectCount > MAX_OBJECT_BYTES)
    check.fail('objectCount', 'S3 objects are at most 5 TB; the average here is larger.')
  const iaDays = ruleValue(sheet, 'ia-transition-minimum-days', 'minimum')
  stages.forEach((stage, i) => {
    const field = `stages[${i}].fromDay`
    const previous = stages[i - 1]
    if (previous === undefined) {
      if (stage.fromDay !== 0)
        check.fail(field, 'The first stage starts on day 0, when the data is uploaded.')
      return
    }
    if (stage.fromDay <= previous.fromDay) check.fail(field, 'Each stage must start after the one before it.')
    if (!allowedTransitions[previous.storageClass].includes(stage.storageClass)) {
      const from = storageClassInfo[previous.storageClass].label
      check.fail(
        `stages[${i}].storageClass`,
        `Lifecycle rules cannot move objects from ${from} to ${storageClassInfo[stage.storageClass].label}.`,
      )
    }
    if (
      (stage.storageClass === 'standard-ia' || stage.storageClass === 'one-zone-ia') &&
      stage.fromDay < iaDays
    ) {
      check.fail(
        field,
        `Lifecycle rules move objects to ${storageClassInfo[stage.storageClass].label} only after ${iaDays} days.`,
      )
    }
  })
  const last = stages[stages.length - 1]
  if (expirationDay !== undefined && last !== undefined && expirationDay <= last.fromDay) {
    check.fail('expirationDay', 'Expiration must come after the last transition.')
  }
  return { bytes, objectCount, stages, expirationDay, months, hours, daysPerMonth: daysPerMonth(hours) }
}
