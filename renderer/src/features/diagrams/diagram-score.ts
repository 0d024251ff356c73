import type { DiagramScore } from '@shared/contracts/diagrams'

// How quiz scores read on screen: "7 of 9 (78%)", and how an attempt compares with the best before it.

type Score = Pick<DiagramScore, 'correct' | 'total'>

/** The share of boxes named correctly, as a whole percentage (0 for an empty quiz). */
export function scorePercent(s: Score): number {
  return s.total > 0 ? Math.round((s.correct / s.total) * 100) : 0
}

/** A score in words, e.g. "7 of 9 (78%)". */
export function formatScore(s: Score): string {
  return `${s.correct} of ${s.total} (${scorePercent(s)}%)`
}

/** True when `a` is a better score than `b` (a higher share; on a tie, more boxes named). */
export function isBetter(a: Score, b: Score): boolean {
  const byShare = a.correct * b.total - b.correct * a.total
  return byShare > 0 || (byShare === 0 && a.correct > b.correct)
}

/** The sentence shown after a saved attempt: how it compares with the best score before it. */
export function compareWithBest(result: Score, previousBest: Score | null): string {
  if (!previousBest) return `Saved: ${formatScore(result)}. This is your first attempt at this diagram.`
  if (isBetter(result, previousBest))
    return `Saved: ${formatScore(result)}, a new best (before: ${formatScore(previousBest)}).`
  const same = !isBetter(previousBest, result)
  return same
    ? `Saved: ${formatScore(result)}, equal to your best.`
    : `Saved: ${formatScore(result)}. Your best is ${formatScore(previousBest)}.`
}

/** A short date and time for a past attempt, in the learner's locale. */
export function formatTakenAt(iso: string, locale?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}
