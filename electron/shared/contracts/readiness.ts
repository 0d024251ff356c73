import { z } from 'zod'
import { dashboardSchema, studyNextSchema, timeZoneSchema } from '../readiness/dashboard-schemas'
import { isValidTimeZone } from '../readiness/local-days'
import { planSchema, planSettingsSchema } from '../readiness/plan-schemas'
import { importPreviewSchema, progressFileSchema } from '../readiness/progress-file'
import { readinessSchema } from '../readiness/readiness-schemas'
import { uploadChunkChars } from '../readiness/upload-limits'

const empty = z.strictObject({})
const zone = z.strictObject({
  timeZone: timeZoneSchema.refine(isValidTimeZone, 'is not a time zone this app knows'),
})
const count = z.number().int().min(0)
const uploadId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'must be 8–64 characters of a-z, 0-9 and -')
const importMode = z.enum(['merge', 'replace'])
const tableCounts = z.strictObject({
  settings: count,
  noteReads: count,
  cardStates: count,
  reviewLog: count,
  mockExams: count,
  quizAnswers: count,
})

/** The channels of the readiness model, the dashboard, the exam-date plan, export/import/reset: `domain:verb` → { input, output } zod schemas. */
export const readinessContract = {
  'readiness:get': {
    input: zone,
    output: z.strictObject({ readiness: readinessSchema, studyNext: z.array(studyNextSchema) }),
  },
  'readiness:dashboard': { input: zone, output: dashboardSchema },

  'plan:get': { input: zone, output: planSchema },
  'plan:settings': { input: empty, output: planSettingsSchema },
  'plan:updateSettings': { input: planSettingsSchema.partial().strict(), output: planSettingsSchema },

  'progress:export': { input: empty, output: progressFileSchema },
  'progress:upload': {
    input: z.strictObject({
      uploadId,
      index: z.number().int().min(0).max(999),
      count: z.number().int().min(1).max(1000),
      chunk: z.string().max(uploadChunkChars),
    }),
    output: z.strictObject({ received: count, count }),
  },
  'progress:preview': { input: z.strictObject({ uploadId, mode: importMode }), output: importPreviewSchema },
  'progress:import': {
    input: z.strictObject({ uploadId, mode: importMode }),
    output: z.strictObject({ preview: importPreviewSchema, backup: z.string() }),
  },
  'progress:reset': {
    input: z.strictObject({ confirm: z.literal('RESET', 'type RESET to confirm') }),
    output: z.strictObject({ backup: z.string(), removed: tableCounts }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
