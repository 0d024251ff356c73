import type { z } from 'zod'

/** The channels of the readiness model, the dashboard, the exam-date plan, export/import/reset: `domain:verb` → { input, output } zod schemas. */
export const readinessContract = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
