// How many questions of each domain a paper holds: shared by the mock exam's drawing and its description.
import type { Blueprint } from '../content/blueprint-schema'
import type { DomainId } from '../content/ids'

/** Questions per domain for a paper of `total` questions: largest-remainder rounding of total × weight. */
export function domainQuotas(
  blueprint: Blueprint,
  total = blueprint.questionCount,
): { domain: DomainId; count: number }[] {
  const weightSum = blueprint.domains.reduce((s, d) => s + d.weight, 0)
  const exact = blueprint.domains.map((d, i) => ({ domain: d.id, i, value: (total * d.weight) / weightSum }))
  const quotas = exact.map((e) => ({ ...e, count: Math.floor(e.value) }))
  let left = total - quotas.reduce((s, q) => s + q.count, 0)
  const byRemainder = [...quotas].sort((a, b) => b.value - b.count - (a.value - a.count) || a.i - b.i)
  for (const q of byRemainder) {
    if (left-- <= 0) break
    q.count++
  }
  return quotas.map((q) => ({ domain: q.domain, count: q.count }))
}
