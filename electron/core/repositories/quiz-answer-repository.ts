import type Database from 'better-sqlite3'
import type { QuestionHistory } from '../services/question-selection'

export interface AnswerInput {
  questionId: string
  chosen: string[]
  correct: boolean
  answeredAt: string
  elapsedMs: number
  source: 'quiz' | 'mock' | 'retry'
  mockId: string | null
}

/** Every answered question, from quizzes, retries and submitted mock exams. */
export class QuizAnswerRepository {
  private readonly insertOne
  private readonly historyAll
  private readonly selectSince
  private readonly perQuestion

  constructor(db: Database.Database) {
    this.insertOne = db.prepare<[string, string, number, string, number, string, string | null]>(
      `INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source, mock_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    this.historyAll = db.prepare<
      [],
      { question_id: string; n: number; wrong: number; correct: number; answered_at: string }
    >(
      `SELECT question_id, n, wrong, correct, answered_at FROM (
         SELECT question_id, correct, answered_at,
                COUNT(*) OVER q AS n, SUM(1 - correct) OVER q AS wrong,
                ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY answered_at DESC, id DESC) AS rn
         FROM quiz_answers WINDOW q AS (PARTITION BY question_id))
       WHERE rn = 1`,
    )
    this.selectSince = db.prepare<[string], { question_id: string; correct: number }>(
      'SELECT question_id, correct FROM quiz_answers WHERE answered_at >= ?',
    )
    this.perQuestion = db.prepare<[], { question_id: string; n: number }>(
      'SELECT question_id, COUNT(*) AS n FROM quiz_answers GROUP BY question_id',
    )
  }

  /** Records one answer; returns its row id. */
  insert(a: AnswerInput): number {
    const info = this.insertOne.run(
      a.questionId,
      JSON.stringify(a.chosen),
      a.correct ? 1 : 0,
      a.answeredAt,
      a.elapsedMs,
      a.source,
      a.mockId,
    )
    return Number(info.lastInsertRowid)
  }

  /** Per question: how often answered and missed, and the latest answer. */
  history(): Map<string, QuestionHistory> {
    return new Map(
      this.historyAll
        .all()
        .map((r) => [
          r.question_id,
          { answered: r.n, wrong: r.wrong, lastCorrect: r.correct === 1, lastAt: r.answered_at },
        ]),
    )
  }

  /** Every answer since a time: question id and whether it was right. */
  since(at: string): { questionId: string; correct: boolean }[] {
    return this.selectSince.all(at).map((r) => ({ questionId: r.question_id, correct: r.correct === 1 }))
  }

  /** Answer counts per question id, for every question ever answered. */
  counts(): Map<string, number> {
    return new Map(this.perQuestion.all().map((r) => [r.question_id, r.n]))
  }
}
