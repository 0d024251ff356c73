import { z } from 'zod'
import { idSchema } from './ids'
import { parseContent } from './parse-content'

// A versioned price sheet for one pricing model of one AWS service. The calculators read every rate and
// billing rule from a sheet, so a price change is a data change, and each figure carries its date and source
// because the course was written under older prices.

export const priceServices = ['athena', 'quicksight', 'kinesis-data-streams', 'data-firehose', 's3'] as const
export const priceServiceSchema = z.enum(priceServices)
export type PriceService = z.infer<typeof priceServiceSchema>

export const priceModels = [
  'per-query',
  'provisioned-capacity',
  'classic-2016',
  'reader-2024',
  'quick-suite-2025',
  'provisioned',
  'on-demand',
  'on-demand-advantage',
  'standard',
] as const
export const priceModelSchema = z.enum(priceModels)
export type PriceModel = z.infer<typeof priceModelSchema>

/** Which models each service can have, so a sheet cannot claim a model its service never had. */
export const modelsByService: Record<PriceService, readonly PriceModel[]> = {
  athena: ['per-query', 'provisioned-capacity'],
  quicksight: ['classic-2016', 'reader-2024', 'quick-suite-2025'],
  'kinesis-data-streams': ['provisioned', 'on-demand', 'on-demand-advantage'],
  'data-firehose': ['standard'],
  s3: ['standard'],
}

const isoDate = z.iso.date()
const amount = z.number().finite().nonnegative()
const text = z.string().trim().min(1)

export const rateSchema = z
  .object({
    value: amount,
    unit: text,
    description: text,
    unconfirmed: z.boolean().optional(),
  })
  .strict()
export type Rate = z.infer<typeof rateSchema>

/** A single-number rule: a minimum, a cap, a rounding increment, an included quantity or a per-item overhead. */
function numericRule<K extends string>(kind: K) {
  return z
    .object({
      kind: z.literal(kind),
      value: amount,
      unit: text,
      description: text,
      unconfirmed: z.boolean().optional(),
    })
    .strict()
}

export const tierSchema = z
  .object({
    upTo: z.number().finite().positive().nullable(),
    value: amount,
    unconfirmed: z.boolean().optional(),
  })
  .strict()
export type Tier = z.infer<typeof tierSchema>

const tiersRule = z
  .object({
    kind: z.literal('tiers'),
    unit: text,
    rateUnit: text,
    description: text,
    tiers: z.array(tierSchema).min(1),
    unconfirmed: z.boolean().optional(),
  })
  .strict()

export const scheduleEntrySchema = z
  .object({
    from: isoDate,
    to: isoDate.optional(),
    values: z.record(z.string().min(1), amount),
    description: text,
    unconfirmed: z.boolean().optional(),
  })
  .strict()
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>

const scheduleRule = z
  .object({
    kind: z.literal('schedule'),
    description: text,
    entries: z.array(scheduleEntrySchema).min(1),
    unconfirmed: z.boolean().optional(),
  })
  .strict()

export const ruleSchema = z.discriminatedUnion('kind', [
  numericRule('minimum'),
  numericRule('maximum'),
  numericRule('rounding'),
  numericRule('included'),
  numericRule('overhead'),
  tiersRule,
  scheduleRule,
])
export type Rule = z.infer<typeof ruleSchema>
export type RuleKind = Rule['kind']

const keySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case')

export const priceSheetSchema = z
  .object({
    id: idSchema,
    service: priceServiceSchema,
    model: priceModelSchema,
    title: text,
    effectiveFrom: isoDate,
    effectiveTo: isoDate.optional(),
    region: z.literal('us-east-1'),
    currency: z.literal('USD'),
    source: z.url(),
    sources: z.array(z.url()).optional(),
    taughtByCourse: z.boolean(),
    unconfirmed: z.array(text),
    notes: z.array(text),
    rates: z.record(keySchema, rateSchema),
    rules: z.record(keySchema, ruleSchema),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    if (!modelsByService[sheet.service].includes(sheet.model)) {
      ctx.addIssue({
        code: 'custom',
        path: ['model'],
        message: `${sheet.service} has no "${sheet.model}" pricing model`,
      })
    }
    // ISO dates compare correctly as strings.
    if (sheet.effectiveTo !== undefined && sheet.effectiveTo <= sheet.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'must be after effectiveFrom' })
    }
    for (const [key, rule] of Object.entries(sheet.rules)) {
      if (rule.kind === 'tiers') checkTiers(rule.tiers, ['rules', key, 'tiers'], ctx)
      if (rule.kind === 'schedule') checkSchedule(rule.entries, ['rules', key, 'entries'], ctx)
    }
  })
export type PriceSheet = z.infer<typeof priceSheetSchema>

type Ctx = z.core.$RefinementCtx<unknown>

/** Tiers must rise strictly and end with an open-ended tier, or some quantity would have no price. */
function checkTiers(tiers: Tier[], path: PropertyKey[], ctx: Ctx): void {
  let previous = 0
  tiers.forEach((tier, i) => {
    const last = i === tiers.length - 1
    if (last && tier.upTo !== null) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'upTo'],
        message: 'the last tier must be open-ended (null)',
      })
    }
    if (!last && tier.upTo === null) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'upTo'],
        message: 'only the last tier can be open-ended',
      })
    }
    if (tier.upTo !== null && tier.upTo <= previous) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'upTo'], message: 'tier bounds must increase' })
    }
    if (tier.upTo !== null) previous = tier.upTo
  })
}

/** Schedule entries must be in date order and must not overlap, so one date selects one entry. */
function checkSchedule(entries: ScheduleEntry[], path: PropertyKey[], ctx: Ctx): void {
  entries.forEach((entry, i) => {
    if (entry.to !== undefined && entry.to <= entry.from) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'to'], message: 'must be after from' })
    }
    const next = entries[i + 1]
    if (next === undefined) return
    if (entry.to === undefined || entry.to > next.from) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'to'], message: 'overlaps the next entry' })
    }
  })
}

/** Validates parsed JSON as a price sheet; throws a content error naming the file and the first bad field. */
export function parsePriceSheet(json: unknown, file = 'price sheet'): PriceSheet {
  return parseContent(priceSheetSchema, json, file, 'price sheet')
}
