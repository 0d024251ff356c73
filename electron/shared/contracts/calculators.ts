import { z } from 'zod'
import { calculatorInputsSchema, perCalculator } from '../calculators/calculator-inputs'
import { calculatorIdSchema, idSchema } from '../content/ids'
import { priceSheetSchema } from '../content/price-sheet-schema'

const empty = z.strictObject({})
const sheetId = idSchema
const rateKey = idSchema
const overrideValue = z
  .number()
  .min(0, 'a price cannot be negative')
  .max(1e6, 'a price above $1,000,000 is not realistic')
const scenarioId = z.number().int().positive()
const scenarioName = z
  .string()
  .trim()
  .min(1, 'a scenario needs a name')
  .max(80, 'a name is at most 80 characters')

/** A sheet's overrides: rate key → the learner's price. */
export const rateOverridesSchema = z.record(rateKey, z.number().min(0))
export type RateOverrides = z.infer<typeof rateOverridesSchema>

const sheetOverridesSchema = z.strictObject({ sheetId, overrides: rateOverridesSchema })

export const calculatorSummarySchema = z.strictObject({
  id: calculatorIdSchema,
  /** The notes that explain this calculator (those listing it under `calculators:`). */
  notes: z.array(z.strictObject({ id: idSchema, title: z.string() })),
  scenarioCount: z.number().int().min(0),
})
export type CalculatorSummary = z.infer<typeof calculatorSummarySchema>

export const scenarioSchema = perCalculator({
  id: scenarioId,
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Scenario = z.infer<typeof scenarioSchema>

/** The channels of the cost calculators: price sheets, overrides, saved scenarios: `domain:verb` → { input, output } zod schemas. */
export const calculatorsContract = {
  'calculators:list': {
    input: empty,
    output: z.strictObject({ calculators: z.array(calculatorSummarySchema) }),
  },
  'calculators:lastInputs': {
    input: z.strictObject({ calculator: calculatorIdSchema }),
    output: z.strictObject({ saved: calculatorInputsSchema.nullable() }),
  },
  'calculators:saveLastInputs': {
    input: calculatorInputsSchema,
    output: z.strictObject({ savedAt: z.string() }),
  },

  'prices:list': {
    input: empty,
    output: z.strictObject({
      sheets: z.array(priceSheetSchema),
      overrides: z.record(sheetId, rateOverridesSchema),
    }),
  },
  'prices:overrides': { input: z.strictObject({ sheetId }), output: sheetOverridesSchema },
  'prices:setOverride': {
    input: z.strictObject({ sheetId, rate: rateKey, value: overrideValue }),
    output: sheetOverridesSchema,
  },
  'prices:resetOverrides': {
    input: z.strictObject({ sheetId, rate: rateKey.optional() }),
    output: sheetOverridesSchema,
  },

  'scenarios:list': {
    input: z.strictObject({ calculator: calculatorIdSchema }),
    output: z.strictObject({ scenarios: z.array(scenarioSchema) }),
  },
  'scenarios:get': { input: z.strictObject({ id: scenarioId }), output: scenarioSchema },
  'scenarios:save': {
    input: perCalculator({ id: scenarioId.optional(), name: scenarioName }),
    output: scenarioSchema,
  },
  'scenarios:rename': {
    input: z.strictObject({ id: scenarioId, name: scenarioName }),
    output: scenarioSchema,
  },
  'scenarios:duplicate': {
    input: z.strictObject({ id: scenarioId, name: scenarioName.optional() }),
    output: scenarioSchema,
  },
  'scenarios:delete': {
    input: z.strictObject({ id: scenarioId }),
    output: z.strictObject({ id: scenarioId }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
