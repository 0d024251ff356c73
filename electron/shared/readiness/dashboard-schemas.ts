// The dashboard's data: readiness, what to study next, readiness over time, mock exams, study activity and
// the cards coming due. Days are the learner's local calendar dates (`YYYY-MM-DD`).
import { z } from 'zod'
import { domainIdSchema, idSchema } from '../content/ids'
import { bandSchema, readinessSchema, readinessStateSchema } from './readiness-schemas'

const count = z.number().int().min(0)
const day = z.iso.date()

/** An IANA time zone name from the renderer (`Intl.DateTimeFormat().resolvedOptions().timeZone`). */
export const timeZoneSchema = z.string().min(1).max(64)

/** A topic worth studying next, with what there is to study in it. */
export const studyNextSchema = z.strictObject({
  domain: domainIdSchema,
  domainName: z.string(),
  topic: idSchema,
  topicName: z.string(),
  examShare: z.number().min(0).max(1),
  readiness: bandSchema,
  /** Whether answers stand behind the readiness (otherwise it comes from study alone). */
  answered: z.boolean(),
  /** examShare × (1 − readiness): the share of the exam this topic could still win. */
  priority: z.number().min(0).max(1),
  notes: z.array(z.strictObject({ id: idSchema, title: z.string(), read: z.boolean() })),
  cards: z.strictObject({ total: count, seen: count, due: count }),
  questions: z.strictObject({ total: count, tried: count }),
})
export type StudyNext = z.infer<typeof studyNextSchema>

export const historyPointSchema = z.strictObject({
  day,
  state: readinessStateSchema,
  /** Readiness and its band as fractions; null while there was not enough data. */
  estimate: z.number().min(0).max(1).nullable(),
  low: z.number().min(0).max(1).nullable(),
  high: z.number().min(0).max(1).nullable(),
  score: z.number().nullable(),
})
export type HistoryPoint = z.infer<typeof historyPointSchema>

export const mockPointSchema = z.strictObject({
  id: z.string(),
  day,
  submittedAt: z.string(),
  score: z.number().int(),
  passed: z.boolean(),
  correct: count,
  total: count,
})
export type MockPoint = z.infer<typeof mockPointSchema>

export const activityDaySchema = z.strictObject({
  day,
  notes: count,
  reviews: count,
  questions: count,
  total: count,
})
export type ActivityDay = z.infer<typeof activityDaySchema>

export const activitySchema = z.strictObject({
  today: day,
  /** Days with any activity, oldest first (days without activity are left out). */
  days: z.array(activityDaySchema),
  currentStreak: count,
  longestStreak: count,
  activeDays: count,
})
export type Activity = z.infer<typeof activitySchema>

export const dueDaySchema = z.strictObject({ day, count })

export const dueForecastSchema = z.strictObject({
  /** Cards already due before today began (they show up in today's reviews). */
  overdue: count,
  /** The coming 14 days, today first. */
  days: z.array(dueDaySchema),
})
export type DueForecast = z.infer<typeof dueForecastSchema>

export const dashboardSchema = z.strictObject({
  readiness: readinessSchema,
  studyNext: z.array(studyNextSchema),
  history: z.array(historyPointSchema),
  mocks: z.array(mockPointSchema),
  activity: activitySchema,
  due: dueForecastSchema,
})
export type Dashboard = z.infer<typeof dashboardSchema>
