import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { ReadinessContent } from '../../../../../electron/core/services/readiness-content'
import {
  answerWeight,
  normalizedWeights,
  readinessParameters,
  retrievability,
} from '../../../../../electron/shared/readiness/readiness-math'
import {
  computeReadiness,
  type Answer,
  type Evidence,
} from '../../../../../electron/shared/readiness/readiness-model'
import { resourcesDir } from '../../../helpers'

const exam = new ReadinessContent(loadContent(resourcesDir).bundle).exam
const now = new Date('2025-06-01T12:00:00Z')
const DAY = 86_400_000
const questions = exam.domains.flatMap((d) =>
  d.topics.flatMap((t) => t.questions.map((q) => ({ ...q, domain: d.id }))),
)
const byDomain = exam.domains.map((d) => questions.filter((q) => q.domain === d.id))

const answerArb = fc.record({
  q: fc.nat(questions.length - 1),
  correct: fc.boolean(),
  age: fc.double({ min: 0, max: 200, noNaN: true }),
})
const toAnswer = (a: { q: number; correct: boolean; age: number }): Answer => ({
  questionId: questions[a.q]!.id,
  correct: a.correct,
  at: new Date(now.getTime() - a.age * DAY),
})
/** Five answers in every domain, so every domain has an estimate. */
const baseline: Answer[] = byDomain.flatMap((qs) =>
  qs
    .slice(0, 5)
    .map((q, i) => ({ questionId: q.id, correct: i % 2 === 0, at: new Date(now.getTime() - i * DAY) })),
)
const evidence = (answers: Answer[], extra: Partial<Evidence> = {}): Evidence => ({
  noteReads: [],
  cards: [],
  answers,
  ...extra,
})
const width = (b: { low: number; high: number } | null) => (b ? b.high - b.low : 1)

describe('readiness model', () => {
  it('claims nothing without data: no answers means insufficient data everywhere', () => {
    const r = computeReadiness(exam, evidence([]), now)
    expect(r.state).toBe('insufficient-data')
    expect(r.readiness).toBeNull()
    expect(r.predictedScore).toBeNull()
    expect(r.verdict).toBeNull()
    expect(r.passChance).toBeNull()
    expect(r.answersNeeded).toBe(readinessParameters.minOverallAnswers)
    for (const d of r.domains) {
      expect(d.state).toBe('insufficient-data')
      expect(d.readiness).toBeNull()
      expect(d.accuracy).toBeNull()
    }
  })

  it('claims nothing from study alone, however much, nor from a domain with fewer than five answers', () => {
    fc.assert(
      fc.property(
        fc.nat(4),
        fc.subarray(exam.domains.flatMap((d) => d.topics.flatMap((t) => t.notes))),
        (n, notes) => {
          const cards = exam.domains
            .flatMap((d) => d.topics.flatMap((t) => t.cards))
            .map((cardId) => ({ cardId, stability: 100, lastReview: now }))
          const answers = byDomain[2]!.slice(0, n).map((q) => ({ questionId: q.id, correct: true, at: now }))
          const r = computeReadiness(exam, evidence(answers, { noteReads: notes, cards }), now)
          expect(r.state).toBe('insufficient-data')
          expect(r.readiness).toBeNull()
          for (const d of r.domains) expect(d.state).toBe('insufficient-data')
        },
      ),
    )
  })

  it('has domain weights that sum to one, for any blueprint weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 }), (weights) => {
        expect(normalizedWeights(weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12)
        const shuffled = {
          ...exam,
          domains: exam.domains.map((d, i) => ({ ...d, weight: weights[i % weights.length]! })),
        }
        const r = computeReadiness(shuffled, evidence([]), now)
        expect(r.domains.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 12)
        expect(r.domains.flatMap((d) => d.topics).reduce((s, t) => s + t.examShare, 0)).toBeCloseTo(1, 12)
      }),
    )
    const real = computeReadiness(exam, evidence([]), now)
    expect(real.domains.map((d) => d.weight)).toEqual([0.2, 0.24, 0.36, 0.2])
  })

  it('never lowers a domain, a topic or the exam when a correct answer is added', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 60 }), answerArb, (history, extra) => {
        const before = computeReadiness(exam, evidence([...baseline, ...history.map(toAnswer)]), now)
        const after = computeReadiness(
          exam,
          evidence([...baseline, ...history.map(toAnswer), toAnswer({ ...extra, correct: true })]),
          now,
        )
        before.domains.forEach((d, i) => {
          const a = after.domains[i]!
          expect(a.readiness!.estimate).toBeGreaterThanOrEqual(d.readiness!.estimate - 1e-12)
          d.topics.forEach((t, j) =>
            expect(a.topics[j]!.readiness.estimate).toBeGreaterThanOrEqual(t.readiness.estimate - 1e-12),
          )
        })
        if (before.readiness)
          expect(after.readiness!.estimate).toBeGreaterThanOrEqual(before.readiness.estimate - 1e-12)
        expect(after.answers).toBe(before.answers + 1)
      }),
    )
  })

  it('never lowers readiness when a wrong answer becomes a right one', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 60 }), fc.nat(), (history, k) => {
        const i = k % history.length
        const wrong = history.map((a, j) => (j === i ? { ...a, correct: false } : a))
        const right = history.map((a, j) => (j === i ? { ...a, correct: true } : a))
        const a = computeReadiness(exam, evidence([...baseline, ...wrong.map(toAnswer)]), now)
        const b = computeReadiness(exam, evidence([...baseline, ...right.map(toAnswer)]), now)
        a.domains.forEach((d, j) =>
          expect(b.domains[j]!.readiness!.estimate).toBeGreaterThanOrEqual(d.readiness!.estimate - 1e-12),
        )
      }),
    )
  })

  it('narrows the band with every answer, right or wrong, in every domain and topic and for the exam', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 60 }), answerArb, (history, extra) => {
        const few = computeReadiness(exam, evidence([...baseline, ...history.map(toAnswer)]), now)
        const more = computeReadiness(
          exam,
          evidence([...baseline, ...history.map(toAnswer), toAnswer(extra)]),
          now,
        )
        const domain = exam.domains.findIndex((d) =>
          d.topics.some((t) => t.questions.some((q) => q.id === questions[extra.q]!.id)),
        )
        few.domains.forEach((d, i) => {
          const after = more.domains[i]!
          if (i === domain) expect(width(after.readiness)).toBeLessThan(width(d.readiness))
          else expect(width(after.readiness)).toBeCloseTo(width(d.readiness), 12)
          d.topics.forEach((t, j) =>
            expect(width(after.topics[j]!.readiness)).toBeLessThanOrEqual(width(t.readiness)),
          )
        })
        expect(width(more.readiness)).toBeLessThan(width(few.readiness))
      }),
      { numRuns: 300 },
    )
  })

  it('is wide with a few answers and narrow with many', () => {
    const some = (n: number) =>
      questions.slice(0, n).map((q, i) => ({ questionId: q.id, correct: i % 4 !== 0, at: now }))
    const few = computeReadiness(exam, evidence(some(20)), now)
    const many = computeReadiness(exam, evidence([...some(questions.length), ...some(questions.length)]), now)
    expect(width(few.readiness)).toBeGreaterThan(0.2)
    expect(width(many.readiness)).toBeLessThan(width(few.readiness) / 2)
    expect(width(many.readiness)).toBeLessThan(0.15)
    expect(many.predictedScore!.low).toBeLessThanOrEqual(many.predictedScore!.estimate)
    expect(many.predictedScore!.high).toBeGreaterThanOrEqual(many.predictedScore!.estimate)
  })

  it('gives a learner who answers everything right a passing verdict, and one who answers all wrong a failing one', () => {
    const all = (correct: boolean) =>
      [...questions, ...questions].map((q) => ({ questionId: q.id, correct, at: now }))
    const good = computeReadiness(exam, evidence(all(true)), now)
    expect(good.verdict).toBe('ready')
    expect(good.predictedScore!.low).toBeGreaterThanOrEqual(750)
    expect(good.passChance!).toBeGreaterThan(0.95)
    const bad = computeReadiness(exam, evidence(all(false)), now)
    expect(bad.verdict).toBe('not-yet')
    expect(bad.predictedScore!.high).toBeLessThan(750)
    expect(bad.passChance!).toBeLessThan(0.05)
  })

  it('weighs recent and harder answers more', () => {
    expect(answerWeight(2, new Date(now.getTime() - 30 * DAY), now)).toBeCloseTo(0.5, 10)
    expect(answerWeight(3, now, now)).toBeGreaterThan(answerWeight(1, now, now))
    const qs = byDomain[0]!.slice(0, 6)
    const at = (days: number) => new Date(now.getTime() - days * DAY)
    const recentRight = computeReadiness(
      exam,
      evidence(
        qs.flatMap((q) => [
          { questionId: q.id, correct: false, at: at(90) },
          { questionId: q.id, correct: true, at: at(1) },
        ]),
      ),
      now,
    )
    const recentWrong = computeReadiness(
      exam,
      evidence(
        qs.flatMap((q) => [
          { questionId: q.id, correct: true, at: at(90) },
          { questionId: q.id, correct: false, at: at(1) },
        ]),
      ),
      now,
    )
    expect(recentRight.domains[0]!.readiness!.estimate).toBeGreaterThan(
      recentWrong.domains[0]!.readiness!.estimate,
    )
  })

  it('reads flashcard memory from the FSRS forgetting curve and counts study as a starting point', () => {
    expect(retrievability(10, 10)).toBeCloseTo(0.9, 3)
    expect(retrievability(10, 0)).toBe(1)
    expect(retrievability(10, 100)).toBeLessThan(retrievability(10, 20))
    const d0 = exam.domains[0]!
    const cards = d0.topics
      .flatMap((t) => t.cards)
      .map((cardId) => ({ cardId, stability: 30, lastReview: now }))
    const withStudy = computeReadiness(
      exam,
      evidence(baseline, { cards, noteReads: d0.topics.flatMap((t) => t.notes) }),
      now,
    )
    const without = computeReadiness(exam, evidence(baseline), now)
    expect(withStudy.domains[0]!.memory).toBeCloseTo(1, 5)
    expect(withStudy.domains[0]!.coverage.notesRead).toBe(withStudy.domains[0]!.coverage.notesTotal)
    expect(withStudy.domains[0]!.readiness!.estimate).toBeGreaterThan(without.domains[0]!.readiness!.estimate)
    const later = computeReadiness(exam, evidence(baseline, { cards }), new Date(now.getTime() + 300 * DAY))
    expect(later.domains[0]!.memory!).toBeLessThan(0.8)
  })

  it('ignores answers and reviews later than the moment it is computed for', () => {
    const future = questions
      .slice(0, 40)
      .map((q) => ({ questionId: q.id, correct: true, at: new Date(now.getTime() + DAY) }))
    expect(computeReadiness(exam, evidence(future), now).answers).toBe(0)
  })
})
