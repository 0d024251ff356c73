import { z } from 'zod'
import { domainIdSchema, idSchema } from './ids'

const clozeGap = /\{\{([^{}]+)\}\}/g

export const cardSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: idSchema,
    note: idSchema,
    type: z.literal('qa'),
    front: z.string().min(3).max(400),
    back: z.string().min(1).max(600),
  }),
  z.strictObject({
    id: idSchema,
    note: idSchema,
    type: z.literal('cloze'),
    text: z
      .string()
      .min(5)
      .max(400)
      .refine((t) => (t.match(clozeGap) ?? []).length === 1, 'a cloze card needs exactly one {{gap}}'),
    extra: z.string().max(400).optional(),
  }),
])
export type Card = z.infer<typeof cardSchema>

export const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-f]$/, 'option ids are a to f'),
  text: z.string().min(1).max(600),
  correct: z.boolean(),
  explanation: z.string().min(5).max(1200),
})

export const questionSchema = z
  .strictObject({
    id: idSchema,
    domain: domainIdSchema,
    topic: idSchema,
    notes: z.array(idSchema).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    type: z.enum(['single', 'multiple']),
    choose: z.number().int().min(1).max(4),
    stem: z.string().min(20).max(2000),
    options: z.array(optionSchema).min(4).max(6),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length
    if (q.type === 'single' && (q.choose !== 1 || correct !== 1)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a single-answer question has exactly one correct option and choose 1' })
    }
    if (q.type === 'multiple' && (q.choose < 2 || correct !== q.choose)) {
      ctx.addIssue({ code: 'custom', path: ['choose'], message: `a multiple-answer question needs choose ≥ 2 and exactly that many correct options (has ${correct})` })
    }
    const ids = q.options.map((o) => o.id)
    const expected = 'abcdef'.slice(0, ids.length).split('')
    if (ids.join() !== expected.join()) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `option ids must be ${expected.join(', ')} in order` })
    }
  })
export type Question = z.infer<typeof questionSchema>

export const glossaryEntrySchema = z.strictObject({
  term: z.string().min(1).max(80),
  definition: z.string().min(5).max(600),
  note: idSchema,
})
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>
