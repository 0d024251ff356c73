import { z } from 'zod'
import { diagramSchema } from '../content/diagram-schema'
import { idSchema } from '../content/ids'

const count = z.number().int().min(0)
const box = z.strictObject({ x: z.number(), y: z.number(), w: z.number(), h: z.number() })

/** One named box of a diagram quiz: what the learner chose, what the box is called, and whether they match. */
export const diagramQuizAnswerSchema = z.strictObject({
  nodeId: idSchema,
  given: z.string().max(48),
  expected: z.string().min(1).max(48),
  correct: z.boolean(),
})
export type DiagramQuizAnswer = z.infer<typeof diagramQuizAnswerSchema>

/** A score without its answers: enough to say "7 of 9" and when. */
export const diagramScoreSchema = z.strictObject({ correct: count, total: count, takenAt: z.string() })
export type DiagramScore = z.infer<typeof diagramScoreSchema>

/** How the learner has done in one diagram's quiz so far. */
export const diagramQuizStatsSchema = z.strictObject({ attempts: count, best: diagramScoreSchema.nullable() })
export type DiagramQuizStats = z.infer<typeof diagramQuizStatsSchema>

/** One stored quiz attempt. */
export const diagramQuizResultSchema = z.strictObject({
  id: z.number().int().positive(),
  diagramId: idSchema,
  diagramTitle: z.string(),
  correct: count,
  total: count,
  takenAt: z.string(),
  answers: z.array(diagramQuizAnswerSchema),
})
export type DiagramQuizResult = z.infer<typeof diagramQuizResultSchema>

/** A small sketch of a diagram for the gallery: its frame, areas, boxes and which boxes are joined. */
export const diagramPreviewSchema = z.strictObject({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  groups: z.array(box),
  nodes: z.array(box),
  edges: z.array(z.tuple([count, count])),
})
export type DiagramPreview = z.infer<typeof diagramPreviewSchema>

export const diagramSummarySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  nodeCount: count,
  /** The diagram's own notes, then the notes its boxes link to, without repeats. */
  noteIds: z.array(idSchema),
  preview: diagramPreviewSchema,
  quiz: diagramQuizStatsSchema,
})
export type DiagramSummary = z.infer<typeof diagramSummarySchema>

const noteRef = z.strictObject({ id: idSchema, title: z.string() })
export const diagramCardRefSchema = z.strictObject({ id: idSchema, note: idSchema, text: z.string() })
export type DiagramCardRef = z.infer<typeof diagramCardRefSchema>
export const diagramQuestionRefSchema = z.strictObject({ id: idSchema, note: idSchema, text: z.string() })
export type DiagramQuestionRef = z.infer<typeof diagramQuestionRefSchema>

/** A diagram with what it relates to: its notes, and the cards and questions of those notes. */
export const diagramDetailSchema = z.strictObject({
  diagram: diagramSchema,
  notes: z.array(noteRef),
  cards: z.array(diagramCardRefSchema),
  questions: z.array(diagramQuestionRefSchema),
  quiz: diagramQuizStatsSchema,
})
export type DiagramDetail = z.infer<typeof diagramDetailSchema>

/** The channels of the interactive architecture diagrams: `domain:verb` → { input, output } zod schemas. */
export const diagramsContract = {
  'diagrams:list': {
    input: z.strictObject({}),
    output: z.strictObject({ diagrams: z.array(diagramSummarySchema) }),
  },
  'diagrams:get': { input: z.strictObject({ id: idSchema }), output: diagramDetailSchema },
  'diagrams:recordQuiz': {
    input: z.strictObject({
      id: idSchema,
      correct: count.max(200),
      total: z.number().int().min(1).max(200),
      answers: z.array(diagramQuizAnswerSchema).min(1).max(200),
    }),
    output: z.strictObject({
      result: diagramQuizResultSchema,
      /** The best score before this attempt, or null on the first attempt. */
      previousBest: diagramScoreSchema.nullable(),
      attempts: count,
    }),
  },
  'diagrams:history': {
    input: z.strictObject({ id: idSchema.optional() }),
    output: z.strictObject({ results: z.array(diagramQuizResultSchema) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
