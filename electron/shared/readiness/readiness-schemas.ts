// The shapes the readiness feature returns: the readiness estimate, the dashboard's series and the plan.
import { z } from 'zod'
import { domainIdSchema, idSchema } from '../content/ids'

const fraction = z.number().min(0).max(1)
const count = z.number().int().min(0)

/** An estimate with its uncertainty band (fractions of questions answered right, 0–1). */
export const bandSchema = z.strictObject({ estimate: fraction, low: fraction, high: fraction })
export type Band = z.infer<typeof bandSchema>

/** A predicted scaled score (100–1,000) with its band. */
export const scoreBandSchema = z.strictObject({ estimate: z.number(), low: z.number(), high: z.number() })
export type ScoreBand = z.infer<typeof scoreBandSchema>

export const coverageSchema = z.strictObject({
  notesRead: count,
  notesTotal: count,
  cardsSeen: count,
  cardsTotal: count,
  questionsTried: count,
  questionsTotal: count,
  /** The mean of the three fractions (over the kinds of content the part has). */
  fraction,
})
export type Coverage = z.infer<typeof coverageSchema>

const evidenceFields = {
  /** Question answers (quizzes and mock exams) counted, every attempt. */
  answers: count,
  /** The answers' total weight after recency and difficulty weighting. */
  effectiveAnswers: z.number().min(0),
  /** Weighted share of those answers that were right; null without answers. */
  accuracy: fraction.nullable(),
  /** Mean FSRS retrievability of the part's cards now (unseen cards count 0); null when it has no cards. */
  memory: fraction.nullable(),
  coverage: coverageSchema,
}

export const topicReadinessSchema = z.strictObject({
  domain: domainIdSchema,
  topic: idSchema,
  name: z.string(),
  /** The topic's share of the whole exam (domain weight × the topic's share of its domain). */
  examShare: fraction,
  ...evidenceFields,
  /** Always computed (it ranks what to study next); the UI only presents it as readiness with answers behind it. */
  readiness: bandSchema,
})
export type TopicReadiness = z.infer<typeof topicReadinessSchema>

export const readinessStateSchema = z.enum(['insufficient-data', 'estimate'])
export type ReadinessState = z.infer<typeof readinessStateSchema>

export const domainReadinessSchema = z.strictObject({
  id: domainIdSchema,
  name: z.string(),
  /** The blueprint weight as a fraction; the four sum to one. */
  weight: fraction,
  state: readinessStateSchema,
  /** Answers still needed before the domain gets an estimate. */
  answersNeeded: count,
  ...evidenceFields,
  readiness: bandSchema.nullable(),
  topics: z.array(topicReadinessSchema),
})
export type DomainReadiness = z.infer<typeof domainReadinessSchema>

export const verdictSchema = z.enum(['ready', 'borderline', 'not-yet'])
export type Verdict = z.infer<typeof verdictSchema>

export const readinessSchema = z.strictObject({
  state: readinessStateSchema,
  answers: count,
  answersNeeded: count,
  effectiveAnswers: z.number().min(0),
  readiness: bandSchema.nullable(),
  predictedScore: scoreBandSchema.nullable(),
  /** Chance the scaled score reaches the pass mark, under the model's own uncertainty. */
  passChance: fraction.nullable(),
  verdict: verdictSchema.nullable(),
  passingScore: z.number(),
  scoreRange: z.tuple([z.number(), z.number()]),
  coverage: coverageSchema,
  domains: z.array(domainReadinessSchema),
  computedAt: z.string(),
})
export type Readiness = z.infer<typeof readinessSchema>
