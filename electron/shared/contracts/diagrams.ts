import type { z } from 'zod'

/** The channels of the interactive architecture diagrams: `domain:verb` → { input, output } zod schemas. */
export const diagramsContract = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
