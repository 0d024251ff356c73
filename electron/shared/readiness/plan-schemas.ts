// The exam-date plan's settings and the plan itself.
import { z } from 'zod'
import { idSchema } from '../content/ids'

const count = z.number().int().min(0)
const day = z.iso.date()

export const planSettingsSchema = z.strictObject({
  examDate: day.nullable(),
  mockEveryDays: z.number().int().min(2).max(60),
  dailyQuestions: z.number().int().min(0).max(200),
})
export type PlanSettings = z.infer<typeof planSettingsSchema>

const goal = z.strictObject({ target: count, done: count })

export const planSchema = z.strictObject({
  state: z.enum(['no-exam-date', 'active', 'exam-day', 'exam-passed']),
  settings: planSettingsSchema,
  /** The flashcard queue's own limit on new cards a day. */
  newCardsPerDay: count,
  today: day,
  daysLeft: z.number().int().nullable(),
  /** What is left at the start of today. */
  remaining: z.strictObject({ notes: count, newCards: count, questions: count }),
  total: z.strictObject({ notes: count, cards: count, questions: count }),
  goals: z
    .strictObject({
      notes: goal,
      newCards: goal,
      reviews: goal,
      questions: goal,
      mock: z.strictObject({ due: z.boolean(), done: z.boolean() }),
    })
    .nullable(),
  /** The next notes to read today, in reading order. */
  notesToRead: z.array(z.strictObject({ id: idSchema, title: z.string() })),
  /** How yesterday went against yesterday's plan; null on the plan's first day. */
  yesterday: z
    .strictObject({
      pace: z.enum(['behind', 'on-track', 'ahead']),
      notes: goal,
      newCards: goal,
      questions: goal,
    })
    .nullable(),
  /** The last day with new material, if the learner follows the plan. */
  finishesOn: day.nullable(),
  lastMockDay: day.nullable(),
  warnings: z.array(z.string()),
  schedule: z.array(
    z.strictObject({
      day,
      notes: count,
      newCards: count,
      questions: count,
      mock: z.boolean(),
      revision: z.boolean(),
    }),
  ),
})
export type Plan = z.infer<typeof planSchema>
