// Fuzzy matching for the command palette: every query character must appear in order; contiguous runs,
// word starts and early matches score higher, so "gs" finds "Go to Settings" before "Diagrams".

/** A score for how well `query` matches `text` (higher is better), or null when it does not match at all. */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase().replace(/\s+/g, '')
  if (!q) return 0
  const t = text.toLowerCase()
  let score = 0
  let ti = 0
  let run = 0
  for (const ch of q) {
    const found = t.indexOf(ch, ti)
    if (found < 0) return null
    const wordStart = found === 0 || /[\s\-:/(]/.test(t[found - 1]!)
    run = found === ti ? run + 1 : 0
    score += 1 + run * 2 + (wordStart ? 3 : 0) - Math.min(found - ti, 5) * 0.2
    ti = found + 1
  }
  return score - t.length * 0.01
}

/** The items whose text matches the query, best first; ties keep their original order. */
export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, s: fuzzyScore(query, text(item)) }))
    .filter((x): x is { item: T; i: number; s: number } => x.s !== null)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.item)
}
