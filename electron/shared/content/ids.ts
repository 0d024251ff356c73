import { z } from 'zod'

/** A stable content id: lower-case kebab-case. */
export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, -)')

export const domainIdSchema = z.enum([
  'data-engineering',
  'exploratory-data-analysis',
  'modeling',
  'implementation-operations',
])
export type DomainId = z.infer<typeof domainIdSchema>

export const calculatorIds = ['athena', 'quicksight', 'kinesis-data-streams', 'data-firehose', 's3-lifecycle'] as const
export const calculatorIdSchema = z.enum(calculatorIds)
export type CalculatorId = z.infer<typeof calculatorIdSchema>

export const figureIds = ['distributions', 'time-series', 'boxplot-outliers', 'income-histogram', 'confusion-matrix'] as const
export const figureIdSchema = z.enum(figureIds)
export type FigureId = z.infer<typeof figureIdSchema>
