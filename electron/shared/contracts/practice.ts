import type { z } from 'zod'

/** The channels of flashcards (FSRS), quizzes and mock exams: `domain:verb` → { input, output } zod schemas. */
export const practiceContract = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>
