import type Database from 'better-sqlite3'
import type { DomainId } from '../../shared/content/ids'
import type { AnswerInput, QuizAnswerRepository } from './quiz-answer-repository'

export type MockStatus = 'in_progress' | 'paused' | 'submitted'

/** A mock exam with its JSON columns parsed. */
export interface MockRecord {
  id: string
  seed: number
  startedAt: string
  status: MockStatus
  timeLimitMs: number
  timeUsedMs: number
  questionIds: string[]
  answers: Record<string, string[]>
  flags: string[]
  questionTimeMs: Record<string, number>
  currentIndex: number
  updatedAt: string
  submittedAt: string | null
  rawCorrect: number | null
  scaledScore: number | null
  passed: boolean | null
  domainResults: { domain: DomainId; correct: number; total: number }[] | null
}

interface MockRow {
  id: string
  seed: number
  started_at: string
  status: MockStatus
  time_limit_ms: number
  time_used_ms: number
  question_ids: string
  answers: string
  flags: string
  question_time_ms: string
  current_index: number
  updated_at: string
  submitted_at: string | null
  raw_correct: number | null
  scaled_score: number | null
  passed: number | null
  domain_results: string | null
}

export type MockProgress = Pick<
  MockRecord,
  'status' | 'timeUsedMs' | 'answers' | 'flags' | 'questionTimeMs' | 'currentIndex' | 'updatedAt'
>
export type MockScore = Pick<
  MockRecord,
  'submittedAt' | 'rawCorrect' | 'scaledScore' | 'passed' | 'domainResults'
>

function toRecord(r: MockRow): MockRecord {
  return {
    id: r.id,
    seed: r.seed,
    startedAt: r.started_at,
    status: r.status,
    timeLimitMs: r.time_limit_ms,
    timeUsedMs: r.time_used_ms,
    questionIds: JSON.parse(r.question_ids) as string[],
    answers: JSON.parse(r.answers) as Record<string, string[]>,
    flags: JSON.parse(r.flags) as string[],
    questionTimeMs: JSON.parse(r.question_time_ms) as Record<string, number>,
    currentIndex: r.current_index,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    rawCorrect: r.raw_correct,
    scaledScore: r.scaled_score,
    passed: r.passed === null ? null : r.passed === 1,
    domainResults:
      r.domain_results === null ? null : (JSON.parse(r.domain_results) as MockRecord['domainResults']),
  }
}

/** Mock exams: the drawn paper, progress saved after every answer, and the submitted result. */
export class MockExamRepository {
  private readonly insertOne
  private readonly selectOne
  private readonly selectActive
  private readonly selectAll
  private readonly updateProgress
  private readonly updateScore
  private readonly submitTx

  constructor(db: Database.Database, answers: QuizAnswerRepository) {
    this.insertOne = db.prepare(
      `INSERT INTO mock_exams (id, seed, started_at, status, time_limit_ms, question_ids, updated_at)
       VALUES (@id, @seed, @startedAt, 'in_progress', @timeLimitMs, @questionIds, @startedAt)`,
    )
    this.selectOne = db.prepare<[string], MockRow>('SELECT * FROM mock_exams WHERE id = ?')
    this.selectActive = db.prepare<[], MockRow>(
      "SELECT * FROM mock_exams WHERE status IN ('in_progress', 'paused') ORDER BY started_at DESC LIMIT 1",
    )
    this.selectAll = db.prepare<[], MockRow>('SELECT * FROM mock_exams ORDER BY started_at DESC, id DESC')
    this.updateProgress = db.prepare(
      `UPDATE mock_exams SET status = @status, time_used_ms = @timeUsedMs, answers = @answers, flags = @flags,
         question_time_ms = @questionTimeMs, current_index = @currentIndex, updated_at = @updatedAt WHERE id = @id`,
    )
    this.updateScore = db.prepare(
      `UPDATE mock_exams SET status = 'submitted', submitted_at = @submittedAt, raw_correct = @rawCorrect,
         scaled_score = @scaledScore, passed = @passed, domain_results = @domainResults WHERE id = @id`,
    )
    this.submitTx = db.transaction(
      (id: string, progress: MockProgress, score: MockScore, rows: AnswerInput[]) => {
        this.saveProgress(id, progress)
        this.updateScore.run({
          id,
          submittedAt: score.submittedAt,
          rawCorrect: score.rawCorrect,
          scaledScore: score.scaledScore,
          passed: score.passed ? 1 : 0,
          domainResults: JSON.stringify(score.domainResults),
        })
        for (const row of rows) answers.insert(row)
      },
    )
  }

  /** Stores a newly drawn mock exam, in progress. */
  create(m: {
    id: string
    seed: number
    startedAt: string
    timeLimitMs: number
    questionIds: string[]
  }): void {
    this.insertOne.run({ ...m, questionIds: JSON.stringify(m.questionIds) })
  }

  /** One mock exam, or undefined. */
  get(id: string): MockRecord | undefined {
    const row = this.selectOne.get(id)
    return row ? toRecord(row) : undefined
  }

  /** The latest mock exam not yet submitted, if any. */
  active(): MockRecord | undefined {
    const row = this.selectActive.get()
    return row ? toRecord(row) : undefined
  }

  /** Every mock exam, newest first. */
  all(): MockRecord[] {
    return this.selectAll.all().map(toRecord)
  }

  /** Saves the learner's progress through a mock exam. */
  saveProgress(id: string, p: MockProgress): void {
    this.updateProgress.run({
      id,
      status: p.status,
      timeUsedMs: p.timeUsedMs,
      answers: JSON.stringify(p.answers),
      flags: JSON.stringify(p.flags),
      questionTimeMs: JSON.stringify(p.questionTimeMs),
      currentIndex: p.currentIndex,
      updatedAt: p.updatedAt,
    })
  }

  /** In one transaction: the final progress, the score, and one answer row per question. */
  submit(id: string, progress: MockProgress, score: MockScore, rows: AnswerInput[]): void {
    this.submitTx(id, progress, score, rows)
  }
}
