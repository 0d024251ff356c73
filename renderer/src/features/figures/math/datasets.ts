// The course's NumPy examples and a scored test set, recreated with a seeded generator so each picture is
// reproducible.
import { mulberry32, normalArray, uniformArray } from './random'

/** The box-plot example: 100 uniform values in [−40, 60), 10 high ones in [100, 150), 10 low ones in (−150, −100]. */
export interface OutlierSample {
  uniform: number[]
  high: number[]
  low: number[]
  all: number[]
}

/** `np.concatenate((rand(100) * 100 - 40, rand(10) * 50 + 100, rand(10) * -50 - 100))`, from a seed. */
export function outlierSample(seed: number): OutlierSample {
  const rng = mulberry32(seed)
  const uniform = uniformArray(rng, 100, -40, 60)
  const high = uniformArray(rng, 10, 100, 150)
  // rand() * -50 - 100 lies in (−150, −100]: the mirror image of the high values.
  const low = uniformArray(rng, 10, 0, 1).map((u) => u * -50 - 100)
  return { uniform, high, low, all: [...uniform, ...high, ...low] }
}

/** Standard-normal draws for the income example; scale them with `incomesFrom` so sliders keep the same people. */
export function standardIncomeDraws(seed: number, count = 10_000): number[] {
  return normalArray(mulberry32(seed), count)
}

/** `np.random.normal(mean, sd, count)` from pre-drawn standard normals: mean + sd × z. */
export function incomesFrom(z: readonly number[], mean: number, sd: number): number[] {
  return z.map((v) => mean + sd * v)
}

/** A test set scored by a binary classifier: a score in (0, 1) per example and whether it is actually positive. */
export interface ScoredSet {
  scores: number[]
  labels: boolean[]
}

/**
 * Two overlapping classes: a latent value ~ N(0, 1) for negatives and N(separation, 1) for positives, squashed
 * into (0, 1) by a logistic curve centred between them, so a threshold of 0.5 sits where the classes meet.
 * `positiveShare` sets the class balance.
 */
export function scoredSet(options: {
  seed: number
  size: number
  separation: number
  positiveShare: number
}): ScoredSet {
  const { seed, size, separation, positiveShare } = options
  const z = normalArray(mulberry32(seed), size)
  const positives = Math.round(size * Math.min(1, Math.max(0, positiveShare)))
  const labels = z.map((_, i) => i < positives)
  const scores = z.map((v, i) => {
    const latent = v + (labels[i] ? separation : 0)
    return 1 / (1 + Math.exp(-1.5 * (latent - separation / 2)))
  })
  return { scores, labels }
}
