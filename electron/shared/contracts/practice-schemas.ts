// The shapes that practice channels exchange: flashcards, quizzes, mock exams and their settings.
import { z } from 'zod'
import { domainIdSchema, idSchema } from '../content/ids'

const count = z.number().int().min(0)
const ms = z.number().int().min(0)
const iso = z.string()
const noteRef = z.strictObject({ id: idSchema, title: z.string() })

/** What to study: everything, or one domain, topic or note. */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('domain'), id: domainIdSchema }),
  z.strictObject({ kind: z.literal('topic'), id: idSchema }),
  z.strictObject({ kind: z.literal('note'), id: idSchema }),
])
export type Scope = z.infer<typeof scopeSchema>

export const practiceSettingsSchema = z.strictObject({
  desiredRetention: z.number().min(0.7).max(0.99),
  newCardsPerDay: z.number().int().min(0).max(500),
})
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>

export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
export type GradeValue = z.infer<typeof gradeSchema>

export const cardStateNameSchema = z.enum(['new', 'learning', 'review', 'relearning'])

/** A card as the review screen shows it, with what each grade would schedule. */
export const studyCardSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['qa', 'cloze']),
  note: noteRef,
  domain: domainIdSchema,
  topic: idSchema,
  front: z.string(),
  back: z.string(),
  cloze: z.strictObject({ before: z.string(), answer: z.string(), after: z.string() }).nullable(),
  extra: z.string().nullable(),
  state: cardStateNameSchema,
  due: iso.nullable(),
  reps: count,
  lapses: count,
  previews: z.array(z.strictObject({ grade: gradeSchema, due: iso, intervalMs: ms })),
})
export type StudyCard = z.infer<typeof studyCardSchema>

export const queueCountsSchema = z.strictObject({ new: count, learning: count, review: count })
export type QueueCounts = z.infer<typeof queueCountsSchema>

/** The next card to review in a scope, and how many are left today. */
export const reviewQueueSchema = z.strictObject({
  card: studyCardSchema.nullable(),
  counts: queueCountsSchema,
  reviewedToday: count,
  /** New cards still allowed today (the daily limit minus those already studied). */
  newAvailable: count,
  /** New cards in the scope never studied, whatever today's limit. */
  newUnseen: count,
  nextLearningDue: iso.nullable(),
})
export type ReviewQueue = z.infer<typeof reviewQueueSchema>

const scopeCounts = { due: count, new: count, total: count }
export const cardsOverviewSchema = z.strictObject({
  counts: queueCountsSchema,
  newAvailable: count,
  reviewedToday: count,
  suspended: count,
  domains: z.array(
    z.strictObject({
      id: domainIdSchema,
      name: z.string(),
      ...scopeCounts,
      topics: z.array(
        z.strictObject({
          id: idSchema,
          name: z.string(),
          ...scopeCounts,
          notes: z.array(z.strictObject({ ...noteRef.shape, ...scopeCounts })),
        }),
      ),
    }),
  ),
})
export type CardsOverview = z.infer<typeof cardsOverviewSchema>

/** A question as it is asked: its options without their answers. */
export const askedQuestionSchema = z.strictObject({
  id: idSchema,
  domain: domainIdSchema,
  domainName: z.string(),
  topic: idSchema,
  topicName: z.string(),
  difficulty: z.number().int().min(1).max(3),
  type: z.enum(['single', 'multiple']),
  choose: z.number().int().min(1),
  stem: z.string(),
  options: z.array(z.strictObject({ id: z.string(), text: z.string() })),
})
export type AskedQuestion = z.infer<typeof askedQuestionSchema>

/** A question with its answers explained, option by option. */
export const explainedQuestionSchema = askedQuestionSchema.extend({
  options: z.array(
    z.strictObject({ id: z.string(), text: z.string(), correct: z.boolean(), explanation: z.string() }),
  ),
  notes: z.array(noteRef),
})
export type ExplainedQuestion = z.infer<typeof explainedQuestionSchema>

export const answerSourceSchema = z.enum(['quiz', 'retry'])
export const chosenSchema = z.array(z.string().regex(/^[a-f]$/)).max(6)

export const quizFeedbackSchema = z.strictObject({
  correct: z.boolean(),
  chosen: z.array(z.string()),
  question: explainedQuestionSchema,
})
export type QuizFeedback = z.infer<typeof quizFeedbackSchema>

const topicScore = {
  domain: domainIdSchema,
  topic: idSchema,
  topicName: z.string(),
}
export const weakTopicSchema = z.strictObject({
  ...topicScore,
  answered: count,
  missed: count,
  accuracy: z.number().min(0).max(1),
  notes: z.array(noteRef),
})
export type WeakTopic = z.infer<typeof weakTopicSchema>

export const quizOverviewSchema = z.strictObject({
  answered: count,
  correct: count,
  mistakes: count,
  domains: z.array(
    z.strictObject({
      id: domainIdSchema,
      name: z.string(),
      questions: count,
      mistakes: count,
      topics: z.array(z.strictObject({ id: idSchema, name: z.string(), questions: count, mistakes: count })),
    }),
  ),
})
export type QuizOverview = z.infer<typeof quizOverviewSchema>

export const mockStatusSchema = z.enum(['in_progress', 'paused', 'submitted'])

/** A mock exam in progress: the paper (without answers) and the learner's progress through it. */
export const mockExamSchema = z.strictObject({
  id: z.string(),
  seed: z.number().int(),
  status: mockStatusSchema,
  startedAt: iso,
  timeLimitMs: ms,
  timeUsedMs: ms,
  currentIndex: count,
  questions: z.array(askedQuestionSchema),
  answers: z.record(z.string(), z.array(z.string())),
  flags: z.array(z.string()),
  questionTimeMs: z.record(z.string(), ms),
})
export type MockExam = z.infer<typeof mockExamSchema>

export const domainResultSchema = z.strictObject({
  domain: domainIdSchema,
  name: z.string(),
  correct: count,
  total: count,
})
export type DomainResult = z.infer<typeof domainResultSchema>

export const mockSummarySchema = z.strictObject({
  id: z.string(),
  seed: z.number().int(),
  status: mockStatusSchema,
  startedAt: iso,
  submittedAt: iso.nullable(),
  timeUsedMs: ms,
  answered: count,
  total: count,
  rawCorrect: count.nullable(),
  scaledScore: z.number().int().nullable(),
  passed: z.boolean().nullable(),
})
export type MockSummary = z.infer<typeof mockSummarySchema>

/** A submitted mock exam: the score, per domain, and every question reviewed. */
export const mockResultSchema = z.strictObject({
  summary: mockSummarySchema,
  timeLimitMs: ms,
  passMark: z.number().int(),
  scoreRange: z.tuple([z.number().int(), z.number().int()]),
  domains: z.array(domainResultSchema),
  questions: z.array(
    z.strictObject({
      question: explainedQuestionSchema,
      chosen: z.array(z.string()),
      correct: z.boolean(),
      flagged: z.boolean(),
      timeMs: ms,
    }),
  ),
  weakTopics: z.array(weakTopicSchema),
})
export type MockResult = z.infer<typeof mockResultSchema>

export const orphansSchema = z.strictObject({
  cards: z.array(z.strictObject({ id: z.string(), reviews: count })),
  questions: z.array(z.strictObject({ id: z.string(), answers: count })),
})
export type Orphans = z.infer<typeof orphansSchema>
