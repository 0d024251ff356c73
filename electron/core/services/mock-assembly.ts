// Drawing a mock exam: the blueprint's domain proportions, seeded, and fresh questions before repeats.
import type { Blueprint } from '../../shared/content/blueprint-schema'
import type { Question } from '../../shared/content/practice-schema'
import { domainQuotas } from '../../shared/practice/domain-quotas'
import { seededRandom, shuffled } from './seeded-random'

/**
 * The question ids of a new mock exam, in exam order. `previous` lists the question ids of earlier mocks,
 * most recent first: questions never used come first, then those used longest ago, so consecutive mocks
 * share no question while the bank has enough. The same seed and history give the same paper.
 */
export function assembleMock(
  bank: readonly Question[],
  blueprint: Blueprint,
  seed: number,
  previous: readonly (readonly string[])[],
): string[] {
  const random = seededRandom(seed)
  const lastUsed = new Map<string, number>()
  previous.forEach((ids, age) => ids.forEach((id) => (lastUsed.has(id) ? undefined : lastUsed.set(id, age))))
  const freshness = (q: Question) => lastUsed.get(q.id) ?? 1e9
  const ranked = (qs: readonly Question[]) => shuffled(qs, random).sort((a, b) => freshness(b) - freshness(a))

  const picked: Question[] = []
  const leftovers: Question[] = []
  for (const { domain, count } of domainQuotas(blueprint)) {
    const pool = ranked(bank.filter((q) => q.domain === domain))
    picked.push(...pool.slice(0, count))
    leftovers.push(...pool.slice(count))
  }
  // A domain short of questions is made up from the others, so the paper keeps its length.
  const shortfall = blueprint.questionCount - picked.length
  if (shortfall > 0) picked.push(...ranked(leftovers).slice(0, shortfall))
  return shuffled(picked, random).map((q) => q.id)
}
