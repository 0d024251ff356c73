// Descriptive statistics behind the box plot and the histogram, computed the way NumPy and Matplotlib do.

/** The arithmetic mean (NaN for no values). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

/** The population standard deviation (NumPy's default, ddof = 0). */
export function standardDeviation(values: readonly number[]): number {
  const m = mean(values)
  let sum = 0
  for (const v of values) sum += (v - m) ** 2
  return Math.sqrt(sum / values.length)
}

/** Values sorted ascending, as a new array. */
export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b)
}

/** The q-quantile (0 ≤ q ≤ 1) of already sorted values by linear interpolation (NumPy's default method). */
export function quantileSorted(sortedValues: readonly number[], q: number): number {
  const n = sortedValues.length
  if (n === 0) return NaN
  const position = (n - 1) * Math.min(1, Math.max(0, q))
  const lower = Math.floor(position)
  const upper = Math.min(n - 1, lower + 1)
  return sortedValues[lower]! + (position - lower) * (sortedValues[upper]! - sortedValues[lower]!)
}

/** The median of the values. */
export function median(values: readonly number[]): number {
  return quantileSorted(sorted(values), 0.5)
}

/** Everything a box-and-whisker plot draws. */
export interface BoxplotStats {
  q1: number
  median: number
  q3: number
  iqr: number
  /** Q1 − 1.5 × IQR and Q3 + 1.5 × IQR: values beyond them are outliers. */
  lowerFence: number
  upperFence: number
  /** The most extreme values still inside the fences: where the whiskers end. */
  whiskerLow: number
  whiskerHigh: number
  outliers: number[]
}

/** Quartiles, IQR, 1.5 × IQR fences, whisker ends and outliers (Matplotlib's `boxplot` with whis = 1.5). */
export function boxplotStats(values: readonly number[], whis = 1.5): BoxplotStats {
  if (values.length === 0) throw new RangeError('a box plot needs at least one value')
  const s = sorted(values)
  const q1 = quantileSorted(s, 0.25)
  const q3 = quantileSorted(s, 0.75)
  const iqr = q3 - q1
  const lowerFence = q1 - whis * iqr
  const upperFence = q3 + whis * iqr
  const inside = s.filter((v) => v >= lowerFence && v <= upperFence)
  return {
    q1,
    median: quantileSorted(s, 0.5),
    q3,
    iqr,
    lowerFence,
    upperFence,
    whiskerLow: inside[0] ?? q1,
    whiskerHigh: inside[inside.length - 1] ?? q3,
    outliers: s.filter((v) => v < lowerFence || v > upperFence),
  }
}

/** Equal-width bins: `edges` has one more entry than `counts`. */
export interface Histogram {
  edges: number[]
  counts: number[]
}

/**
 * Counts values in `bins` equal-width bins, like `np.histogram(values, bins, range)`: the range defaults to the
 * data's min to max; every bin is half-open [a, b) except the last, which also holds its upper edge; values
 * outside the range are left out.
 */
export function histogram(values: readonly number[], bins: number, range?: [number, number]): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError('bins must be a positive integer')
  let [lo, hi] = range ?? [Infinity, -Infinity]
  if (!range) {
    for (const v of values) {
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
  }
  if (lo > hi) return { edges: [0, 1], counts: [0] }
  // All-equal values would give zero-width bins; NumPy widens the range by 0.5 either side.
  if (lo === hi) {
    lo -= 0.5
    hi += 0.5
  }
  const width = (hi - lo) / bins
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width))
  const counts: number[] = new Array<number>(bins).fill(0)
  for (const v of values) {
    if (v < lo || v > hi) continue
    // A first guess from the width, then the edges decide: rounding can put a value on an edge a bin off, and
    // a range too narrow for its bins (a few representable numbers apart) gives a width of 0 and equal edges.
    const guess = Math.floor((v - lo) / width)
    let i = guess >= 0 ? Math.min(bins - 1, guess) : 0
    while (i > 0 && v < edges[i]!) i--
    while (i < bins - 1 && v >= edges[i + 1]!) i++
    counts[i]!++
  }
  return { edges, counts }
}
