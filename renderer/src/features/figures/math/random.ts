// Seeded random numbers, so every figure draws the same picture on every machine until the learner asks for a
// new sample.

/** A uniform generator on [0, 1). */
export type Rng = () => number

/** mulberry32: a small, fast 32-bit generator; the same seed always gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A uniform draw on [low, high). */
export function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng()
}

/** `count` uniform draws on [low, high), like NumPy's `np.random.rand(count) * (high - low) + low`. */
export function uniformArray(rng: Rng, count: number, low: number, high: number): number[] {
  return Array.from({ length: count }, () => uniform(rng, low, high))
}

/** A standard-normal generator built on `rng` with the Box–Muller transform (it makes pairs; the second is kept). */
export function normalSampler(rng: Rng): () => number {
  let spare: number | null = null
  return () => {
    if (spare !== null) {
      const z = spare
      spare = null
      return z
    }
    // 1 - rng() lies in (0, 1], so the logarithm is always finite.
    const r = Math.sqrt(-2 * Math.log(1 - rng()))
    const theta = 2 * Math.PI * rng()
    spare = r * Math.sin(theta)
    return r * Math.cos(theta)
  }
}

/** `count` draws from a normal distribution, like NumPy's `np.random.normal(mean, sd, count)`. */
export function normalArray(rng: Rng, count: number, mean = 0, sd = 1): number[] {
  const next = normalSampler(rng)
  return Array.from({ length: count }, () => mean + sd * next())
}
