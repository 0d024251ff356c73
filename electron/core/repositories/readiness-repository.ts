import type Database from 'better-sqlite3'

export interface CardMemoryRow {
  card_id: string
  stability: number
  last_review: string
  due: string
  suspended: number
  buried_until: string | null
}

export interface ReviewEventRow {
  card_id: string
  reviewed_at: string
  /** Stability right after the review (from the stored state after it). */
  stability: number
  /** 1 when the card was new before this review (its first study). */
  first: number
}

export interface AnswerRow {
  question_id: string
  correct: number
  answered_at: string
}

export interface MockRow {
  id: string
  submitted_at: string
  scaled_score: number
  passed: number
  raw_correct: number
  total: number
}

/** Read-only views of the progress tables that readiness, the dashboard and the plan are computed from. */
export class ReadinessRepository {
  private readonly reads
  private readonly cards
  private readonly reviews
  private readonly answers
  private readonly mocks

  constructor(db: Database.Database) {
    this.reads = db.prepare<[], { note_id: string; read_at: string }>(
      'SELECT note_id, read_at FROM note_reads ORDER BY read_at',
    )
    // A card counts as studied once it has been reviewed: a row can also exist for a suspended new card.
    this.cards = db.prepare<[], CardMemoryRow>(
      `SELECT card_id, stability, last_review, due, suspended, buried_until FROM card_states
       WHERE last_review IS NOT NULL AND state <> 0`,
    )
    this.reviews = db.prepare<[], ReviewEventRow>(
      `SELECT card_id, reviewed_at, json_extract(state_after, '$.stability') AS stability,
              CASE json_extract(state_before, '$.state') WHEN 0 THEN 1 ELSE 0 END AS first
       FROM card_reviews WHERE undone_at IS NULL ORDER BY reviewed_at, id`,
    )
    this.answers = db.prepare<[], AnswerRow>(
      'SELECT question_id, correct, answered_at FROM quiz_answers ORDER BY answered_at, id',
    )
    this.mocks = db.prepare<[], MockRow>(
      `SELECT id, submitted_at, scaled_score, passed, raw_correct, json_array_length(question_ids) AS total
       FROM mock_exams WHERE status = 'submitted' AND scaled_score IS NOT NULL AND submitted_at IS NOT NULL
       ORDER BY submitted_at`,
    )
  }

  /** Every read note with the time it was first marked read, oldest first. */
  noteReads(): { note_id: string; read_at: string }[] {
    return this.reads.all()
  }

  /** Every studied card's memory state now. */
  cardMemories(): CardMemoryRow[] {
    return this.cards.all()
  }

  /** Every review still in effect (undone ones left out), oldest first. */
  reviewEvents(): ReviewEventRow[] {
    return this.reviews.all()
  }

  /** Every answered question (quizzes, retries and mock exams), oldest first. */
  answerEvents(): AnswerRow[] {
    return this.answers.all()
  }

  /** Every submitted mock exam with its score, oldest first. */
  submittedMocks(): MockRow[] {
    return this.mocks.all()
  }
}
