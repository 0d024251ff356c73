// AWS does not publish how raw answers map to the 100–1,000 scale. This estimate is a straight line in two
// pieces through (0 % → 100), (72 % → 750, the pass mark) and (100 % → 1,000): a common rule of thumb, not AWS's formula.

/** The raw share of correct answers assumed to land exactly on the pass mark. */
export const passRawFraction = 0.72

export interface ScaleOptions {
  range: readonly [number, number]
  passMark: number
}

/** Estimates the scaled score (rounded) for `correct` right answers out of `total`. */
export function scaledScore(correct: number, total: number, { range, passMark }: ScaleOptions): number {
  const [low, high] = range
  if (total <= 0) return low
  const p = Math.min(1, Math.max(0, correct / total))
  const score =
    p <= passRawFraction
      ? low + ((passMark - low) * p) / passRawFraction
      : passMark + ((high - passMark) * (p - passRawFraction)) / (1 - passRawFraction)
  return Math.round(score)
}

/** How many correct answers out of `total` the estimate needs to reach the pass mark. */
export function correctNeededToPass(total: number, options: ScaleOptions): number {
  for (let c = 0; c <= total; c++) if (scaledScore(c, total, options) >= options.passMark) return c
  return total
}
