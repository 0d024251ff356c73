import type { MockExam, MockResult, MockSummary } from '../../shared/contracts/practice-schemas'
import type { Question } from '../../shared/content/practice-schema'
import { AppError } from '../../shared/errors'
import { scaledScore } from '../../shared/practice/scaled-score'
import type { MockExamRepository, MockProgress, MockRecord } from '../repositories/mock-exam-repository'
import { assembleMock } from './mock-assembly'
import type { PracticeContent } from './practice-content'
import { weakTopicsOf } from './practice-insights-service'
import { checkChosen } from './quiz-service'

export interface MockSaveInput {
  currentIndex: number
  timeUsedMs: number
  questionTimeMs: Record<string, number>
  answer?: { questionId: string; chosen: string[] }
  flag?: { questionId: string; flagged: boolean }
}

/** Timed mock exams: drawn from the blueprint, saved after every answer, resumable, scored on submit. */
export class MockExamService {
  constructor(
    private readonly content: PracticeContent,
    private readonly mocks: MockExamRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly random: () => number = Math.random,
  ) {}

  /** Draws and starts a new mock exam; refused while another is unfinished. */
  start(seed?: number): MockExam {
    const active = this.mocks.active()
    if (active)
      throw new AppError('conflict', 'A mock exam is already in progress: finish or submit it first.')
    const s = seed ?? Math.floor(this.random() * 2 ** 31)
    const previous = this.mocks.all().map((m) => m.questionIds)
    const blueprint = this.content.bundle.blueprint
    const now = this.now()
    // Readable and predictable (the n-th mock and its seed); a clash, only possible after an import, gets a suffix.
    let id = `mock-${previous.length + 1}-${s.toString(36)}`
    while (this.mocks.get(id)) id += `-${Math.floor(this.random() * 36 ** 4).toString(36)}`
    this.mocks.create({
      id,
      seed: s,
      startedAt: now.toISOString(),
      timeLimitMs: blueprint.timeLimitMinutes * 60_000,
      questionIds: assembleMock(this.content.questions, blueprint, s, previous),
    })
    return this.get(id)
  }

  /** The unfinished mock exam, if there is one. */
  active(): { mock: MockExam | null } {
    const m = this.mocks.active()
    return { mock: m ? this.view(m) : null }
  }

  /** A mock exam as it is being taken (no answers revealed). */
  get(id: string): MockExam {
    return this.view(this.find(id))
  }

  /** Saves progress: the current question, the clock, and optionally one answer or flag. */
  save(id: string, input: MockSaveInput): { timeUsedMs: number; savedAt: string } {
    const m = this.unfinished(id)
    if (m.status === 'paused')
      throw new AppError('conflict', 'This mock exam is paused; resume it to continue.')
    const progress = this.progress(m, input)
    if (input.answer) {
      const q = this.questionOf(m, input.answer.questionId)
      checkChosen(q, input.answer.chosen, false)
      if (input.answer.chosen.length === 0) delete progress.answers[q.id]
      else progress.answers[q.id] = input.answer.chosen
    }
    if (input.flag) {
      const qid = this.questionOf(m, input.flag.questionId).id
      progress.flags = progress.flags.filter((f) => f !== qid)
      if (input.flag.flagged) progress.flags.push(qid)
    }
    this.mocks.saveProgress(id, progress)
    return { timeUsedMs: progress.timeUsedMs, savedAt: progress.updatedAt }
  }

  /** Pauses the clock. */
  pause(id: string, timeUsedMs: number, questionTimeMs: Record<string, number>): MockExam {
    const m = this.unfinished(id)
    this.mocks.saveProgress(id, {
      ...this.progress(m, { currentIndex: m.currentIndex, timeUsedMs, questionTimeMs }),
      status: 'paused',
    })
    return this.get(id)
  }

  /** Restarts the clock of a paused mock exam. */
  resume(id: string): MockExam {
    const m = this.unfinished(id)
    this.mocks.saveProgress(id, { ...m, status: 'in_progress', updatedAt: this.now().toISOString() })
    return this.get(id)
  }

  /** Scores a mock exam and records every answer; submitting twice returns the same result. */
  submit(id: string, timeUsedMs: number, questionTimeMs: Record<string, number>): MockResult {
    const m = this.find(id)
    if (m.status === 'submitted') return this.result(id)
    const progress = {
      ...this.progress(m, { currentIndex: m.currentIndex, timeUsedMs, questionTimeMs }),
      status: 'submitted' as const,
    }
    const at = progress.updatedAt
    const graded = this.available(m).map((q) => ({ q, chosen: progress.answers[q.id] ?? [] }))
    const rows = graded.map(({ q, chosen }) => ({
      questionId: q.id,
      chosen,
      correct: this.content.isCorrect(q, chosen),
      answeredAt: at,
      elapsedMs: progress.questionTimeMs[q.id] ?? 0,
      source: 'mock' as const,
      mockId: id,
    }))
    const rawCorrect = rows.filter((r) => r.correct).length
    const bp = this.content.bundle.blueprint
    const score = scaledScore(rawCorrect, rows.length, { range: bp.scoreRange, passMark: bp.passingScore })
    const domainResults = bp.domains.map((d) => {
      const inDomain = rows.filter((r) => this.content.questionById.get(r.questionId)!.domain === d.id)
      return { domain: d.id, correct: inDomain.filter((r) => r.correct).length, total: inDomain.length }
    })
    this.mocks.submit(
      id,
      progress,
      { submittedAt: at, rawCorrect, scaledScore: score, passed: score >= bp.passingScore, domainResults },
      rows,
    )
    return this.result(id)
  }

  /** Every mock exam, newest first. */
  history(): { mocks: MockSummary[] } {
    return { mocks: this.mocks.all().map((m) => this.summary(m)) }
  }

  /** A submitted mock exam's score, per domain, and every question with its explanation. */
  result(id: string): MockResult {
    const m = this.find(id)
    if (m.status !== 'submitted') throw new AppError('conflict', 'This mock exam has not been submitted yet.')
    const bp = this.content.bundle.blueprint
    const questions = this.available(m).map((q) => {
      const chosen = m.answers[q.id] ?? []
      return {
        question: this.content.explained(q),
        chosen,
        correct: this.content.isCorrect(q, chosen),
        flagged: m.flags.includes(q.id),
        timeMs: m.questionTimeMs[q.id] ?? 0,
      }
    })
    const answers = questions.map((x) => ({ questionId: x.question.id, correct: x.correct }))
    return {
      summary: this.summary(m),
      timeLimitMs: m.timeLimitMs,
      passMark: bp.passingScore,
      scoreRange: bp.scoreRange,
      domains: (m.domainResults ?? []).map((d) => ({ ...d, name: this.content.domainName(d.domain) })),
      questions,
      weakTopics: weakTopicsOf(this.content, answers, 8),
    }
  }

  private summary(m: MockRecord): MockSummary {
    const available = this.available(m)
    return {
      id: m.id,
      seed: m.seed,
      status: m.status,
      startedAt: m.startedAt,
      submittedAt: m.submittedAt,
      timeUsedMs: m.timeUsedMs,
      answered: available.filter((q) => (m.answers[q.id]?.length ?? 0) > 0).length,
      total: available.length,
      rawCorrect: m.rawCorrect,
      scaledScore: m.scaledScore,
      passed: m.passed,
    }
  }

  private view(m: MockRecord): MockExam {
    const questions = this.available(m)
    return {
      id: m.id,
      seed: m.seed,
      status: m.status,
      startedAt: m.startedAt,
      timeLimitMs: m.timeLimitMs,
      timeUsedMs: m.timeUsedMs,
      currentIndex: Math.min(m.currentIndex, Math.max(0, questions.length - 1)),
      questions: questions.map((q) => this.content.asked(q)),
      answers: m.answers,
      flags: m.flags,
      questionTimeMs: m.questionTimeMs,
    }
  }

  /** The paper's questions still in the bundle (a removed question is left out of the paper and the score). */
  private available(m: MockRecord): Question[] {
    return m.questionIds.map((id) => this.content.questionById.get(id)).filter((q) => q !== undefined)
  }

  /** The progress after a save: clocks never run backwards (a late request cannot undo time) and stop at the limit. */
  private progress(
    m: MockRecord,
    input: Pick<MockSaveInput, 'currentIndex' | 'timeUsedMs' | 'questionTimeMs'>,
  ): MockProgress {
    const questionTimeMs = { ...m.questionTimeMs }
    for (const [qid, ms] of Object.entries(input.questionTimeMs)) {
      if (m.questionIds.includes(qid)) questionTimeMs[qid] = Math.max(questionTimeMs[qid] ?? 0, ms)
    }
    return {
      status: m.status,
      timeUsedMs: Math.min(m.timeLimitMs, Math.max(m.timeUsedMs, input.timeUsedMs)),
      answers: { ...m.answers },
      flags: [...m.flags],
      questionTimeMs,
      currentIndex: Math.min(Math.max(0, input.currentIndex), m.questionIds.length - 1),
      updatedAt: this.now().toISOString(),
    }
  }

  private questionOf(m: MockRecord, questionId: string): Question {
    const q = m.questionIds.includes(questionId) ? this.content.questionById.get(questionId) : undefined
    if (!q)
      throw new AppError('validation', `Question ${questionId} is not part of this mock exam.`, 'questionId')
    return q
  }

  private unfinished(id: string): MockRecord {
    const m = this.find(id)
    if (m.status === 'submitted') throw new AppError('conflict', 'This mock exam has already been submitted.')
    return m
  }

  private find(id: string): MockRecord {
    const m = this.mocks.get(id)
    if (!m) throw new AppError('not_found', `There is no mock exam "${id}".`)
    return m
  }
}
