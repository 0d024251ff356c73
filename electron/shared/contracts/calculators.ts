import type { z } from 'zod'

/** The channels of the cost calculators: price sheets, overrides, saved scenarios: `domain:verb` → { input, output } zod schemas. */
export const calculatorsContract = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
