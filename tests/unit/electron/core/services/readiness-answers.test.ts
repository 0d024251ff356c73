import { describe, expect, it } from 'vitest'
import { ReadinessRepository } from '../../../../../electron/core/repositories/readiness-repository'
import { ReadinessAnswers } from '../../../../../electron/core/services/readiness-answers'
import { ReadinessContent } from '../../../../../electron/core/services/readiness-content'
import { answerSumsByTopic } from '../../../../../electron/shared/readiness/readiness-parts'
import { makeCore } from '../../../helpers'

describe('answers kept for the readiness model', () => {
  it('keeps the sums at moments before a changed answer and recomputes the others, to the bit', () => {
    const core = makeCore()
    const { exam } = new ReadinessContent(core.services.bundle)
    const answers = new ReadinessAnswers(new ReadinessRepository(core.db), exam)
    const insert = core.db.prepare(
      `INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source)
       VALUES (?, '[]', ?, ?, 1000, 'quiz')`,
    )
    const question = core.services.bundle.questions[0]!.id
    const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12))
    for (let day = 1; day <= 20; day++) insert.run(question, day % 3 ? 1 : 0, at(day).toISOString())
    const moments = [at(5), at(10), at(15), at(25)]
    const topic = exam.domains
      .flatMap((d) => d.topics)
      .find((t) => t.questions.some((q) => q.id === question))!
    const sums = () => {
      answers.current()
      return moments.map((m) => answers.sumsAt(m).get(topic)!)
    }
    const fresh = () =>
      moments.map((m) => answerSumsByTopic(exam, answers.latest.byQuestion, m.getTime()).get(topic)!)

    const first = sums()
    expect(first.map((s) => s.count)).toEqual([5, 10, 15, 20])
    // An answer at exactly the second moment counts from that moment on; the first moment's sums are kept.
    insert.run(question, 1, at(10).toISOString())
    const second = sums()
    expect(second.map((s) => s.count)).toEqual([5, 11, 16, 21])
    expect(second[0]).toBe(first[0])
    expect(second).toEqual(fresh())
    // A changed answer in the middle drops what came after it.
    core.db
      .prepare('UPDATE quiz_answers SET correct = 1 - correct WHERE answered_at = ?')
      .run(at(12).toISOString())
    const third = sums()
    expect(third.slice(0, 2)).toEqual(second.slice(0, 2))
    expect(third[0]).toBe(second[0])
    expect(third[2]!.success).not.toBe(second[2]!.success)
    expect(third).toEqual(fresh())
  })
})
