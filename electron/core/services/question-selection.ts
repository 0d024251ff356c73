// Which questions a quiz asks: every question can come up, but recently missed ones come back sooner and
// recently answered right ones rest for a while.
import type { Question } from '../../shared/content/practice-schema'
import { weightedSample } from './seeded-random'

/** What the learner has done with one question. */
export interface QuestionHistory {
  answered: number
  wrong: number
  lastCorrect: boolean
  lastAt: string
}

const dayMs = 86_400_000

/** The draw weight of a question: 1 when never answered, 2–5 after a miss (more when recent), 0.25–1 after a right answer. */
export function questionWeight(history: QuestionHistory | undefined, now: Date): number {
  if (!history) return 1
  const days = Math.max(0, (now.getTime() - Date.parse(history.lastAt)) / dayMs)
  if (!history.lastCorrect) return 2 + 3 * Math.exp(-days / 7)
  return 0.25 + 0.75 * (1 - Math.exp(-days / 14))
}

/** Draws `size` distinct questions from a pool, weighted by the learner's history. */
export function pickQuestions(
  pool: readonly Question[],
  history: ReadonlyMap<string, QuestionHistory>,
  size: number,
  now: Date,
  random: () => number,
): Question[] {
  return weightedSample(pool, (q) => questionWeight(history.get(q.id), now), size, random)
}
