import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { assembleMock } from '../../../../../electron/core/services/mock-assembly'
import { domainQuotas } from '../../../../../electron/shared/practice/domain-quotas'
import { resourcesDir } from '../../../helpers'

const { bundle } = loadContent(resourcesDir)
const { blueprint, questions } = bundle
const domainOf = new Map(questions.map((q) => [q.id, q.domain]))
const countByDomain = (ids: string[]) =>
  blueprint.domains.map((d) => ids.filter((id) => domainOf.get(id) === d.id).length)
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 })

describe('mock exam assembly', () => {
  it('splits 65 questions 13/16/23/13 by largest remainder of the 20/24/36/20 weights', () => {
    expect(domainQuotas(blueprint).map((q) => q.count)).toEqual([13, 16, 23, 13])
    expect(domainQuotas(blueprint, 10).map((q) => q.count)).toEqual([2, 2, 4, 2])
    expect(domainQuotas(blueprint, 7).reduce((s, q) => s + q.count, 0)).toBe(7)
  })

  it('draws the blueprint proportions with no duplicate, for any seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const ids = assembleMock(questions, blueprint, s, [])
        expect(ids).toHaveLength(65)
        expect(new Set(ids).size).toBe(65)
        expect(countByDomain(ids)).toEqual([13, 16, 23, 13])
      }),
      { numRuns: 200 },
    )
  })

  it('is reproducible from its seed and history, and differs between seeds', () => {
    fc.assert(
      fc.property(seed, seed, (a, b) => {
        fc.pre(a !== b)
        expect(assembleMock(questions, blueprint, a, [])).toEqual(assembleMock(questions, blueprint, a, []))
        expect(assembleMock(questions, blueprint, a, [])).not.toEqual(
          assembleMock(questions, blueprint, b, []),
        )
      }),
      { numRuns: 50 },
    )
  })

  it('never repeats a question of the previous mock while the bank allows', () => {
    fc.assert(
      fc.property(fc.array(seed, { minLength: 6, maxLength: 10 }), (seeds) => {
        const history: string[][] = []
        for (const s of seeds) {
          const ids = assembleMock(questions, blueprint, s, history)
          expect(countByDomain(ids)).toEqual([13, 16, 23, 13])
          if (history[0]) expect(ids.filter((id) => history[0]!.includes(id))).toEqual([])
          history.unshift(ids)
        }
        // The bank holds at least five papers' worth per domain: the first five mocks share nothing.
        const firstFive = history.slice(-5).flat()
        expect(new Set(firstFive).size).toBe(firstFive.length)
      }),
      { numRuns: 40 },
    )
  })

  it('makes up a domain short of questions from the others, still without duplicates', () => {
    const small = questions.filter((q) => q.domain !== 'data-engineering' || q.id.endsWith('1'))
    const ids = assembleMock(small, blueprint, 7, [])
    expect(ids).toHaveLength(65)
    expect(new Set(ids).size).toBe(65)
    expect(countByDomain(ids)[0]).toBe(small.filter((q) => q.domain === 'data-engineering').length)
  })
})
