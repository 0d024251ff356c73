// Probability density and mass functions of the four distributions the course names, with their moments.

/** Density of the normal distribution N(mean, sd²) at x. */
export function normalPdf(x: number, mean = 0, sd = 1): number {
  if (!(sd > 0)) throw new RangeError('sd must be positive')
  const z = (x - mean) / sd
  return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI))
}

/** ln(k!) by summing logarithms: exact enough for the small k the figures use, and never overflows. */
export function logFactorial(k: number): number {
  let sum = 0
  for (let i = 2; i <= k; i++) sum += Math.log(i)
  return sum
}

const isCount = (k: number) => Number.isInteger(k) && k >= 0

/** P(X = k) for a Poisson distribution with rate lambda. */
export function poissonPmf(k: number, lambda: number): number {
  if (!(lambda > 0)) throw new RangeError('lambda must be positive')
  if (!isCount(k)) return 0
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial(k))
}

/** P(X = k) for a binomial distribution: k successes in n trials with success probability p. */
export function binomialPmf(k: number, n: number, p: number): number {
  if (!isCount(n) || p < 0 || p > 1) throw new RangeError('n must be a count and p a probability')
  if (!isCount(k) || k > n) return 0
  // The logarithm of 0 is -Infinity, so p = 0 and p = 1 are handled exactly by these two cases.
  if (p === 0) return k === 0 ? 1 : 0
  if (p === 1) return k === n ? 1 : 0
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k)
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p))
}

/** P(X = k) for a Bernoulli trial: 1 with probability p, 0 otherwise. */
export function bernoulliPmf(k: number, p: number): number {
  if (p < 0 || p > 1) throw new RangeError('p must be a probability')
  return k === 1 ? p : k === 0 ? 1 - p : 0
}

/** The distributions the figure offers, with their parameters. */
export type DistributionSpec =
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'poisson'; lambda: number }
  | { kind: 'binomial'; n: number; p: number }
  | { kind: 'bernoulli'; p: number }

/** True for the distributions of continuous data (drawn as a PDF); the rest are discrete (a PMF). */
export function isContinuous(spec: DistributionSpec): boolean {
  return spec.kind === 'normal'
}

/** The mean and variance from the closed-form formulas. */
export function moments(spec: DistributionSpec): { mean: number; variance: number } {
  switch (spec.kind) {
    case 'normal':
      return { mean: spec.mean, variance: spec.sd ** 2 }
    case 'poisson':
      return { mean: spec.lambda, variance: spec.lambda }
    case 'binomial':
      return { mean: spec.n * spec.p, variance: spec.n * spec.p * (1 - spec.p) }
    case 'bernoulli':
      return { mean: spec.p, variance: spec.p * (1 - spec.p) }
  }
}

/** Points to draw: a fine grid of (x, density) on [from, to] for the normal, (k, probability) for the others. */
export function distributionPoints(
  spec: DistributionSpec,
  range: { from: number; to: number },
  steps = 240,
): [number, number][] {
  switch (spec.kind) {
    case 'normal': {
      const dx = (range.to - range.from) / steps
      return Array.from({ length: steps + 1 }, (_, i) => {
        const x = range.from + i * dx
        return [x, normalPdf(x, spec.mean, spec.sd)]
      })
    }
    case 'poisson':
      return counts(0, Math.floor(range.to)).map((k) => [k, poissonPmf(k, spec.lambda)])
    case 'binomial':
      return counts(0, spec.n).map((k) => [k, binomialPmf(k, spec.n, spec.p)])
    case 'bernoulli':
      return [
        [0, bernoulliPmf(0, spec.p)],
        [1, bernoulliPmf(1, spec.p)],
      ]
  }
}

function counts(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}
