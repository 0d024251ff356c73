import { s3LifecycleCost, type S3LifecycleInput } from '../model/s3-lifecycle-cost'
import type { DraftOf } from './draft'
import { modelTotal, toRun, type CalculatorEngine } from './engine-types'
import { sheetsOf, type SheetSet } from './sheet-set'

// S3 storage classes and lifecycle: one sheet of storage prices, minimum durations and object sizes.

type S3Draft = DraftOf<'s3-lifecycle'>

const sheetOf = (set: SheetSet) => sheetsOf(set, 's3')[0]

/** The calculator's input (it checks every number, raw text included). */
export function s3Input(d: S3Draft): S3LifecycleInput {
  return {
    size: d.size,
    sizeUnit: d.sizeUnit,
    objectCount: d.objectCount,
    stages: d.stages,
    expirationDay: d.expires ? d.expirationDay : undefined,
    months: d.months,
    hoursPerMonth: d.hoursPerMonth,
  } as S3LifecycleInput
}

export const s3Engine: CalculatorEngine<'s3-lifecycle'> = {
  id: 's3-lifecycle',
  service: 's3',
  usesHours: true,
  choices: (set) => sheetsOf(set, 's3'),
  activeSheet: (_d, set) => sheetOf(set),
  selectSheet() {},
  run(d, set) {
    const sheet = sheetOf(set)
    return toRun(sheet ? s3LifecycleCost(s3Input(d), sheet) : null, sheet)
  },
  models(d, set) {
    const sheet = sheetOf(set)
    return sheet ? [modelTotal(sheet, this.run(d, set))] : []
  },
}
