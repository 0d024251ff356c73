import { z } from 'zod'
import { domainIdSchema, idSchema } from './ids'

export const topicSchema = z.strictObject({ id: idSchema, name: z.string().min(1) })

export const domainSchema = z.strictObject({
  id: domainIdSchema,
  name: z.string().min(1),
  weight: z.number().int().min(1).max(100),
  topics: z.array(topicSchema).min(1),
})

/** An exam blueprint: the exam's shape as data. */
export const blueprintSchema = z
  .strictObject({
    id: idSchema,
    code: z.string().min(1),
    name: z.string().min(1),
    questionCount: z.number().int().positive(),
    scoredQuestionCount: z.number().int().positive(),
    timeLimitMinutes: z.number().int().positive(),
    passingScore: z.number().int().positive(),
    scoreRange: z.tuple([z.number().int(), z.number().int()]),
    retired: z.iso.date().optional(),
    successor: z.string().optional(),
    source: z.url(),
    domains: z.array(domainSchema).min(1),
  })
  .refine((b) => b.domains.reduce((s, d) => s + d.weight, 0) === 100, {
    message: 'domain weights must sum to 100',
    path: ['domains'],
  })

export type Blueprint = z.infer<typeof blueprintSchema>
export type BlueprintDomain = z.infer<typeof domainSchema>

export const manifestSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version'),
  date: z.iso.date(),
  exam: idSchema,
})
export type Manifest = z.infer<typeof manifestSchema>
