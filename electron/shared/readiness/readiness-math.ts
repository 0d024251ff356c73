// The arithmetic of the readiness model (see readiness-model.ts for the whole formula): its parameters, the
// FSRS forgetting curve, answer weights, the Beta posterior and the band.
import { forgetting_curve, generatorParameters } from 'ts-fsrs'
import type { Band } from './readiness-schemas'

/** The model's constants; the formula at the top of readiness-model.ts says what each one does. */
export const readinessParameters = {
  halfLifeDays: 30,
  difficultyWeight: { 1: 0.7, 2: 1, 3: 1.3 } as Record<1 | 2 | 3, number>,
  guessRate: 0.25,
  studyCeiling: 0.85,
  priorStrength: 4,
  notesShareOfKnowledge: 0.4,
  z: 1.645,
  topicCorrelation: 0.5,
  minDomainAnswers: 5,
  minOverallAnswers: 20,
} as const

const fsrsWeights = generatorParameters().w
const DAY = 86_400_000
/** A number kept within 0–1. */
export const clip = (x: number): number => Math.min(1, Math.max(0, x))

/** The blueprint's domain weights as fractions that sum to one. */
export function normalizedWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0)
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length))
}

/** FSRS probability of recalling a card `elapsedDays` after its last review. */
export function retrievability(stability: number, elapsedDays: number): number {
  if (!(stability > 0)) return 0
  return clip(forgetting_curve(fsrsWeights, Math.max(0, elapsedDays), stability))
}

/** The weight of one answer: halves every 30 days, scaled up for harder questions. */
export function answerWeight(difficulty: 1 | 2 | 3, at: Date, now: Date): number {
  return answerWeightAt(difficulty, at.getTime(), now.getTime())
}

/** `answerWeight` with both instants as epoch milliseconds (the same arithmetic, without Date objects). */
export function answerWeightAt(difficulty: 1 | 2 | 3, atMs: number, nowMs: number): number {
  const ageDays = Math.max(0, (nowMs - atMs) / DAY)
  return (
    0.5 ** (ageDays / readinessParameters.halfLifeDays) * readinessParameters.difficultyWeight[difficulty]
  )
}

/** Beta-posterior estimate and 90% band from weighted successes over weighted answers and a prior. */
export function posterior(
  success: number,
  total: number,
  priorMean: number,
  priorStrength = readinessParameters.priorStrength,
) {
  const p = (success + priorStrength * priorMean) / (total + priorStrength)
  return { p, sd: 0.5 / Math.sqrt(total + priorStrength + 1) }
}

/** A 90% band of fixed width 2·1.645·sd around an estimate, moved rather than cut where it meets 0 or 1. */
export function toBand(p: number, sd: number): Band {
  const half = readinessParameters.z * sd
  if (half >= 0.5) return { estimate: clip(p), low: 0, high: 1 }
  const low = Math.min(Math.max(p - half, 0), 1 - 2 * half)
  return { estimate: clip(p), low, high: low + 2 * half }
}

/** The standard deviation of a share-weighted sum of parts that are correlated at ρ. */
export function combinedSd(
  sds: readonly number[],
  shares: readonly number[],
  rho = readinessParameters.topicCorrelation,
): number {
  let squares = 0
  let sum = 0
  sds.forEach((sd, i) => {
    squares += (shares[i]! * sd) ** 2
    sum += shares[i]! * sd
  })
  return Math.sqrt((1 - rho) * squares + rho * sum * sum)
}

/** The standard normal distribution function. */
export function normalCdf(x: number): number {
  // Abramowitz–Stegun 7.1.26: plenty for a displayed percentage.
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2))
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(x * x) / 2)
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2
}
