import { z } from 'zod'
import { calculatorIdSchema, domainIdSchema, figureIdSchema, idSchema } from './ids'

/** The YAML front matter of a note. */
export const noteFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(120),
  domain: domainIdSchema,
  topic: idSchema,
  order: z.number().int().min(0),
  summary: z.string().min(10).max(400),
  tags: z.array(z.string().min(1)).default([]),
  related: z.array(idSchema).default([]),
  diagrams: z.array(idSchema).default([]),
  calculators: z.array(calculatorIdSchema).default([]),
  figures: z.array(figureIdSchema).default([]),
  sources: z.array(z.url()).min(1, 'a note needs at least one source'),
})
export type NoteFrontMatter = z.infer<typeof noteFrontMatterSchema>
