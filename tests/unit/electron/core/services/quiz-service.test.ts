import { describe, expect, it } from 'vitest'
import type { Question } from '../../../../../electron/shared/content/practice-schema'
import {
  pickQuestions,
  questionWeight,
  type QuestionHistory,
} from '../../../../../electron/core/services/question-selection'
import { seededRandom } from '../../../../../electron/core/services/seeded-random'
import { makeCore } from '../../../helpers'

const rightAnswer = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id)
const wrongAnswer = (q: Question) =>
  q.options
    .filter((o) => !o.correct)
    .slice(0, q.choose)
    .map((o) => o.id)

describe('quizzes', () => {
  it('draws a set of the chosen size from a scope, without revealing answers', async () => {
    const core = makeCore()
    const res = await core.dispatch('quiz:start', {
      scope: { kind: 'domain', id: 'modeling' },
      size: 10,
      mode: 'practice',
    })
    if (!res.ok) throw new Error(res.error.message)
    const { questions, source } = res.value as { questions: { id: string; domain: string }[]; source: string }
    expect(source).toBe('quiz')
    expect(questions).toHaveLength(10)
    expect(new Set(questions.map((q) => q.id)).size).toBe(10)
    expect(questions.every((q) => q.domain === 'modeling')).toBe(true)
    expect(JSON.stringify(questions)).not.toMatch(/"correct":|"explanation":/)
    const byNote = core.services.practice.quizzes.start(
      { kind: 'note', id: 'kinesis-data-streams' },
      20,
      'practice',
    ).questions
    const bundle = core.services.bundle.questions
    expect(
      byNote.every((q) => bundle.find((b) => b.id === q.id)!.notes.includes('kinesis-data-streams')),
    ).toBe(true)
  })

  it('gives immediate feedback with every option explained and links to the notes', () => {
    const { services } = makeCore()
    const multi = services.bundle.questions.find((q) => q.type === 'multiple' && q.choose === 2)!
    expect(() => services.practice.quizzes.answer(multi.id, [rightAnswer(multi)[0]!], 1000, 'quiz')).toThrow(
      /Choose 2 answers/,
    )
    expect(() => services.practice.quizzes.answer(multi.id, ['a', 'a'], 1000, 'quiz')).toThrow(/twice/)
    const right = services.practice.quizzes.answer(multi.id, rightAnswer(multi), 12_000, 'quiz')
    expect(right.correct).toBe(true)
    expect(right.question.options).toHaveLength(multi.options.length)
    expect(right.question.options.every((o) => o.explanation.length > 5)).toBe(true)
    expect(right.question.notes.map((n) => n.id)).toEqual(multi.notes)
    expect(services.practice.quizzes.answer(multi.id, wrongAnswer(multi), 9000, 'quiz').correct).toBe(false)
  })

  it('retries mistakes until they are answered right', () => {
    const { services } = makeCore()
    const qs = services.bundle.questions.filter((q) => q.topic === 'streaming').slice(0, 4)
    services.practice.quizzes.answer(qs[0]!.id, wrongAnswer(qs[0]!), 1000, 'quiz')
    services.practice.quizzes.answer(qs[1]!.id, wrongAnswer(qs[1]!), 1000, 'quiz')
    services.practice.quizzes.answer(qs[2]!.id, rightAnswer(qs[2]!), 1000, 'quiz')
    const retry = services.practice.quizzes.start({ kind: 'all' }, 20, 'mistakes')
    expect(retry.source).toBe('retry')
    expect(retry.questions.map((q) => q.id).sort()).toEqual([qs[0]!.id, qs[1]!.id].sort())
    services.practice.quizzes.answer(qs[0]!.id, rightAnswer(qs[0]!), 1000, 'retry')
    expect(
      services.practice.quizzes.start({ kind: 'all' }, 20, 'mistakes').questions.map((q) => q.id),
    ).toEqual([qs[1]!.id])
    expect(services.practice.quizzes.overview()).toMatchObject({ answered: 4, correct: 2, mistakes: 1 })
    const given = services.practice.quizzes.start({ kind: 'all' }, 5, 'practice', [qs[3]!.id, qs[1]!.id])
    expect(given.questions.map((q) => q.id)).toEqual([qs[3]!.id, qs[1]!.id])
  })

  it('brings recently missed questions back more often than others', () => {
    const now = new Date('2026-03-10T12:00:00Z')
    const { services } = makeCore()
    const pool = services.bundle.questions.filter((q) => q.domain === 'data-engineering').slice(0, 30)
    const history = new Map<string, QuestionHistory>()
    pool
      .slice(0, 5)
      .forEach((q) =>
        history.set(q.id, { answered: 1, wrong: 1, lastCorrect: false, lastAt: '2026-03-09T12:00:00Z' }),
      )
    pool
      .slice(5, 10)
      .forEach((q) =>
        history.set(q.id, { answered: 1, wrong: 0, lastCorrect: true, lastAt: '2026-03-09T12:00:00Z' }),
      )
    const seen = new Map<string, number>()
    const random = seededRandom(42)
    for (let i = 0; i < 2000; i++)
      for (const q of pickQuestions(pool, history, 5, now, random)) seen.set(q.id, (seen.get(q.id) ?? 0) + 1)
    const mean = (qs: Question[]) => qs.reduce((s, q) => s + (seen.get(q.id) ?? 0), 0) / qs.length
    expect(mean(pool.slice(0, 5))).toBeGreaterThan(2 * mean(pool.slice(10)))
    expect(mean(pool.slice(10))).toBeGreaterThan(2 * mean(pool.slice(5, 10)))
    const missed = { answered: 1, wrong: 1, lastCorrect: false, lastAt: '2026-03-09T12:00:00Z' }
    expect(questionWeight(missed, now)).toBeGreaterThan(
      questionWeight({ ...missed, lastAt: '2026-01-01T00:00:00Z' }, now),
    )
    expect(questionWeight(undefined, now)).toBe(1)
  })
})
