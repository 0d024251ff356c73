/** Timing helpers for the benchmarks: medians and 95th percentiles over repeated runs. */

export interface Figure {
  name: string
  unit: 'ms' | 'MB' | 'KB' | 'x'
  median: number
  p95: number
  runs: number
  floor?: { name: string; median: number; p95: number }
  /** The budget this figure must meet, in its unit (or as a ratio to the floor, for `ratioBudget`). */
  budget?: number
  ratioBudget?: number
  /** Which statistic the budgets apply to (both absolute and ratio): the 95th percentile unless stated. */
  budgetOn?: 'median' | 'p95'
  note?: string
}

/** The value below which a fraction p of the sorted samples lie. */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))
  return s[i]!
}

/** Runs fn `runs` times (after `warmup` unmeasured runs) and returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    out.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return out
}

/** Summarises samples as a figure. */
export function figure(name: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  return { name, unit: 'ms', median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs: samples.length, ...extra }
}

/** Whether a figure meets its budgets, on the statistic they are stated for. */
export function meets(f: Figure): boolean {
  const stat = f.budgetOn ?? 'p95'
  if (f.budget !== undefined && f[stat] > f.budget) return false
  if (f.ratioBudget !== undefined && f.floor && f[stat] / f.floor[stat] > f.ratioBudget) return false
  return true
}
