import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  failed,
  guardSheet,
  InputChecker,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import {
  readLifecycle,
  storageClasses,
  storageClassInfo,
  type Lifecycle,
  type S3LifecycleInput,
  type StorageClass,
} from './s3-lifecycle-input'
import { billedGb, eachMonth, piecesFor } from './s3-lifecycle-timeline'
import { optionalRuleValue, rateValue, ruleOf, ruleValue, tieredCost } from './sheet-rates'
import { BYTES_PER_GB, countText, formatMoney, formatNumber, formatPrice, toBytes } from './units'

// A dataset uploaded on day 0 and moved through a lifecycle, priced month by month per class (for a stacked
// chart). Leaving a class before its minimum duration is billed for the remaining days; small objects are
// billed at the class's minimum size; Glacier Flexible and Deep Archive add 32 KB per object at their own
// price and 8 KB at the S3 Standard price. Months are 730 hours (30.42 days) unless 720 is chosen.

export interface S3MonthCost {
  month: number
  byClass: Record<StorageClass, number>
  earlyDeletion: number
  total: number
}

export interface S3LifecycleResult extends CalcResult {
  months: S3MonthCost[]
  monthlyAverage: number
}

const zeroByClass = (): Record<StorageClass, number> =>
  Object.fromEntries(storageClasses.map((c) => [c, 0])) as Record<StorageClass, number>

/** A running total for one line item: a class, an Intelligent-Tiering tier, Glacier metadata or monitoring. */
interface Acc {
  id: string
  storageClass: StorageClass
  label: string
  gbMonths: number
  amount: number
  /** Flat price per GB-month, or undefined for S3 Standard (tiered) and monitoring (per object). */
  rate?: number
  billedGb?: number
}

/** Cost of a dataset through its lifecycle, month by month and by class, over the chosen horizon. */
export function s3LifecycleCost(input: S3LifecycleInput, sheet: PriceSheet): CalcOutcome<S3LifecycleResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const lc = readLifecycle(check, input, sheet)
    if (!check.ok) return failed(check)
    const d = lc.daysPerMonth
    const horizon = lc.months * d
    const months: S3MonthCost[] = Array.from({ length: lc.months }, (_, m) => ({
      month: m + 1,
      byClass: zeroByClass(),
      earlyDeletion: 0,
      total: 0,
    }))
    const standardGbMonths = new Array<number>(lc.months).fill(0)
    const accs = new Map<string, Acc>()
    const acc = (cls: StorageClass, id: string, label: string, rate?: number, gb?: number): Acc => {
      const found = accs.get(id) ?? {
        id,
        storageClass: cls,
        label,
        gbMonths: 0,
        amount: 0,
        rate,
        billedGb: gb,
      }
      accs.set(id, found)
      return found
    }
    const charge = (a: Acc, m: number, cls: StorageClass, gbm: number, amount: number) => {
      a.gbMonths += gbm
      a.amount += amount
      const month = months[m]
      if (month !== undefined) month.byClass[cls] += amount
    }
    const earlyItems: LineItem[] = []
    const monitorFloor = toBytes(ruleValue(sheet, 'intelligent-monitoring-minimum-object', 'minimum'), 'KB')
    const monitored = lc.objectCount > 0 && lc.bytes / lc.objectCount >= monitorFloor
    const tiers = ruleOf(sheet, 'standard-tiers', 'tiers').tiers
    const firstTierRate = tiers[0]?.value ?? 0
    const metaGb =
      (lc.objectCount * toBytes(ruleValue(sheet, 'glacier-overhead-standard', 'overhead'), 'KB')) /
      BYTES_PER_GB
    const monitoringRate = rateValue(sheet, 'intelligent-monitoring-per-1000-objects')

    lc.stages.forEach((stage, k) => {
      const cls = stage.storageClass
      const info = storageClassInfo[cls]
      const next = lc.stages[k + 1]
      const end = next?.fromDay ?? lc.expirationDay ?? Number.POSITIVE_INFINITY
      const gb = billedGb(cls, lc, sheet)
      for (const piece of piecesFor(cls, stage.fromDay, end, monitored, sheet)) {
        const rate = piece.rateKey === undefined ? undefined : rateValue(sheet, piece.rateKey)
        const a =
          piece.tier === undefined
            ? acc(cls, cls, info.label, rate, gb)
            : acc(
                cls,
                `${cls}-${piece.tier.toLowerCase().replace(/ /g, '-')}`,
                `${info.label}, ${piece.tier} tier`,
                rate,
                gb,
              )
        eachMonth(piece.from, piece.to, lc, (m, days) => {
          const gbm = (gb * days) / d
          if (rate === undefined) {
            a.gbMonths += gbm
            standardGbMonths[m] = (standardGbMonths[m] ?? 0) + gbm
          } else charge(a, m, cls, gbm, gbm * rate)
        })
      }
      eachMonth(stage.fromDay, end, lc, (m, days) => {
        if (info.glacierOverhead === true) {
          const gbm = (metaGb * days) / d
          charge(
            acc(
              cls,
              `${cls}-metadata`,
              `${info.label}: 8 KB per object at the S3 Standard price`,
              firstTierRate,
              metaGb,
            ),
            m,
            cls,
            gbm,
            gbm * firstTierRate,
          )
        }
        if (cls === 'intelligent-tiering' && monitored) {
          charge(
            acc(cls, `${cls}-monitoring`, `${info.label}: monitoring`),
            m,
            cls,
            0,
            (lc.objectCount / 1000) * monitoringRate * (days / d),
          )
        }
      })
      const minDays =
        info.minDaysKey === undefined ? undefined : optionalRuleValue(sheet, info.minDaysKey, 'minimum')
      const held = end - stage.fromDay
      if (minDays === undefined || info.rateKey === undefined || !(end < horizon) || held >= minDays) return
      const rate = rateValue(sheet, info.rateKey)
      const amount = ((gb * (minDays - held)) / d) * rate
      const month = months[Math.floor(end / d)]
      if (month !== undefined) month.earlyDeletion += amount
      const why = next === undefined ? 'deleted' : `moved to ${storageClassInfo[next.storageClass].label}`
      earlyItems.push({
        id: `early-deletion-${k + 1}`,
        label: `Early deletion from ${info.label} (${why} on day ${formatNumber(end)})`,
        formula:
          `${formatNumber(minDays - held)} of the ${formatNumber(minDays)} minimum days left × ${formatNumber(gb, 2)} GB ÷ ` +
          `${formatNumber(d, 2)} days × ${formatPrice(rate)} per GB-month = ${formatMoney(amount)}`,
        amount,
      })
    })

    // S3 Standard is tiered on each month's total, so it is priced once the months are filled.
    const standard = accs.get('standard')
    standardGbMonths.forEach((gbm, m) => {
      const amount = tieredCost(tiers, gbm).amount
      if (standard !== undefined) standard.amount += amount
      const month = months[m]
      if (month !== undefined) month.byClass.standard += amount
    })
    for (const month of months)
      month.total = storageClasses.reduce((s, c) => s + month.byClass[c], 0) + month.earlyDeletion
    const oneTier = standardGbMonths.every((q) => tieredCost(tiers, q).parts.length <= 1)
    const storageItems = [...accs.values()].map((a) => describe(a, lc, oneTier ? firstTierRate : undefined))
    const result = makeResult([...storageItems, ...earlyItems], lifecycleNotes(lc, monitored))
    return { ok: true, result: { ...result, months, monthlyAverage: result.total / lc.months } }
  })
}

/** Writes out one accumulated line: GB-months × price, or the per-object monitoring fee. */
function describe(a: Acc, lc: Lifecycle, standardFlatRate: number | undefined): LineItem {
  const total = formatMoney(a.amount)
  if (a.id.endsWith('-monitoring')) {
    return {
      id: a.id,
      label: a.label,
      formula: `${countText(lc.objectCount, 'object')} ÷ 1,000 × monthly fee, for the months held = ${total}`,
      amount: a.amount,
    }
  }
  const info = storageClassInfo[a.storageClass]
  const raised =
    a.billedGb !== undefined && a.billedGb > lc.bytes / BYTES_PER_GB && !a.id.endsWith('-metadata')
  const why = info.glacierOverhead === true ? 'with 32 KB per object' : '128 KB minimum per object'
  const sizeNote = raised ? ` (billed as ${formatNumber(a.billedGb ?? 0, 2)} GB, ${why})` : ''
  const rate = a.rate ?? standardFlatRate
  const rateText =
    rate === undefined ? 'on the tiered S3 Standard price, month by month' : `× ${formatPrice(rate)}`
  return {
    id: a.id,
    label: a.label,
    formula: `${formatNumber(a.gbMonths, 4)} GB-months${sizeNote} ${rateText} = ${total}`,
    amount: a.amount,
  }
}

/** Notes on the assumptions behind this particular lifecycle. */
function lifecycleNotes(lc: Lifecycle, monitored: boolean): string[] {
  const notes = [
    `Data uploaded on day 0; ${lc.months} months of ${formatNumber(lc.daysPerMonth, 2)} days. Objects are assumed to be of equal size.`,
    'Requests, lifecycle transition requests, retrievals and data transfer are not included.',
  ]
  if (lc.stages.some((s) => s.storageClass === 'intelligent-tiering')) {
    notes.push(
      monitored
        ? 'Intelligent-Tiering is assumed to see no reads, so objects move to Infrequent Access after 30 days and Archive Instant Access after 90.'
        : 'Objects under 128 KB are not monitored by Intelligent-Tiering: they stay in Frequent Access and pay no monitoring fee.',
    )
  }
  if (lc.objectCount > 0 && lc.bytes / lc.objectCount < 128 * 1024) {
    notes.push(
      'Objects average under 128 KB: lifecycle rules by default do not transition objects that small.',
    )
  }
  return notes
}

export type { LifecycleStage, S3LifecycleInput, StorageClass } from './s3-lifecycle-input'
export { storageClasses, allowedTransitions } from './s3-lifecycle-input'
