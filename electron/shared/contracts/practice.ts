import { z } from 'zod'
import { idSchema } from '../content/ids'
import {
  answerSourceSchema,
  askedQuestionSchema,
  cardsOverviewSchema,
  chosenSchema,
  gradeSchema,
  mockExamSchema,
  mockResultSchema,
  mockSummarySchema,
  orphansSchema,
  practiceSettingsSchema,
  quizFeedbackSchema,
  quizOverviewSchema,
  reviewQueueSchema,
  scopeSchema,
  studyCardSchema,
  weakTopicSchema,
} from './practice-schemas'

const empty = z.strictObject({})
const ms = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 3600 * 1000)
const mockId = z.string().regex(/^mock-[a-z0-9-]+$/)
const questionTimes = z.record(idSchema, ms)
const queueOut = z.strictObject({ queue: reviewQueueSchema })

/** The channels of flashcards (FSRS), quizzes and mock exams: `domain:verb` → { input, output } zod schemas. */
export const practiceContract = {
  'practice:settings': { input: empty, output: practiceSettingsSchema },
  'practice:updateSettings': {
    input: practiceSettingsSchema.partial().strict(),
    output: practiceSettingsSchema,
  },
  'practice:orphans': { input: empty, output: orphansSchema },
  'practice:weakTopics': {
    input: z.strictObject({ limit: z.number().int().min(1).max(50).optional() }),
    output: z.strictObject({ topics: z.array(weakTopicSchema) }),
  },

  'cards:overview': { input: empty, output: cardsOverviewSchema },
  'cards:queue': { input: z.strictObject({ scope: scopeSchema }), output: reviewQueueSchema },
  'cards:grade': {
    input: z.strictObject({ cardId: idSchema, grade: gradeSchema, elapsedMs: ms, scope: scopeSchema }),
    output: z.strictObject({ reviewId: z.number().int().positive(), queue: reviewQueueSchema }),
  },
  'cards:undo': {
    input: z.strictObject({ reviewId: z.number().int().positive(), scope: scopeSchema }),
    output: queueOut,
  },
  'cards:setSuspended': {
    input: z.strictObject({ cardId: idSchema, suspended: z.boolean(), scope: scopeSchema }),
    output: queueOut,
  },
  'cards:setBuried': {
    input: z.strictObject({ cardId: idSchema, buried: z.boolean(), scope: scopeSchema }),
    output: queueOut,
  },
  'cards:learnMore': {
    input: z.strictObject({ count: z.number().int().min(1).max(200), scope: scopeSchema }),
    output: queueOut,
  },
  'cards:cram': {
    input: z.strictObject({ scope: scopeSchema, limit: z.number().int().min(1).max(500).optional() }),
    output: z.strictObject({ cards: z.array(studyCardSchema) }),
  },

  'quiz:overview': { input: empty, output: quizOverviewSchema },
  'quiz:start': {
    input: z.strictObject({
      scope: scopeSchema,
      size: z.union([z.literal(5), z.literal(10), z.literal(20)]),
      mode: z.enum(['practice', 'mistakes']),
      questionIds: z.array(idSchema).min(1).max(65).optional(),
    }),
    output: z.strictObject({ questions: z.array(askedQuestionSchema), source: answerSourceSchema }),
  },
  'quiz:answer': {
    input: z.strictObject({
      questionId: idSchema,
      chosen: chosenSchema.min(1),
      elapsedMs: ms,
      source: answerSourceSchema,
    }),
    output: quizFeedbackSchema,
  },

  'mock:start': {
    input: z.strictObject({
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .optional(),
    }),
    output: mockExamSchema,
  },
  'mock:active': { input: empty, output: z.strictObject({ mock: mockExamSchema.nullable() }) },
  'mock:get': { input: z.strictObject({ id: mockId }), output: mockExamSchema },
  'mock:save': {
    input: z.strictObject({
      id: mockId,
      currentIndex: z.number().int().min(0).max(200),
      timeUsedMs: ms,
      questionTimeMs: questionTimes,
      answer: z.strictObject({ questionId: idSchema, chosen: chosenSchema }).optional(),
      flag: z.strictObject({ questionId: idSchema, flagged: z.boolean() }).optional(),
    }),
    output: z.strictObject({ timeUsedMs: ms, savedAt: z.string() }),
  },
  'mock:pause': {
    input: z.strictObject({ id: mockId, timeUsedMs: ms, questionTimeMs: questionTimes }),
    output: mockExamSchema,
  },
  'mock:resume': { input: z.strictObject({ id: mockId }), output: mockExamSchema },
  'mock:submit': {
    input: z.strictObject({ id: mockId, timeUsedMs: ms, questionTimeMs: questionTimes }),
    output: mockResultSchema,
  },
  'mock:history': { input: empty, output: z.strictObject({ mocks: z.array(mockSummarySchema) }) },
  'mock:result': { input: z.strictObject({ id: mockId }), output: mockResultSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
