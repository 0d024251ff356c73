import { z } from 'zod'
import { timeZoneSchema } from '../readiness/dashboard-schemas'
import { isValidTimeZone } from '../readiness/local-days'

const count = z.number().int().min(0)

/** Time spent studying on one local day, from the time each review and each answer took. */
export const studyTimeSchema = z.strictObject({
  day: z.iso.date(),
  /** Whole minutes, rounded down: reviews and answers together. */
  minutes: count,
  reviewMs: count,
  questionMs: count,
  reviews: count,
  questions: count,
})
export type StudyTime = z.infer<typeof studyTimeSchema>

/** The channel of study time: `domain:verb` → { input, output } zod schemas. */
export const studyTimeContract = {
  'study:timeToday': {
    input: z.strictObject({
      timeZone: timeZoneSchema.refine(isValidTimeZone, 'is not a time zone this app knows'),
    }),
    output: studyTimeSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
