import type Database from 'better-sqlite3'
import type { MemoryAt } from '../../shared/readiness/readiness-model'

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

/** What the dashboard needs to know about the reviews before counting them by day. */
export interface ReviewSpan {
  /** The first and last UTC quarter-hours (900 s since 1970) holding reviews in effect; null without any. */
  firstQuarter: number | null
  lastQuarter: number | null
  /** The earliest review time in effect, as stored. */
  firstReviewedAt: string | null
  /** Reviews in effect whose time is not in the form the app writes (only an edited import makes them). */
  irregular: number
}

export interface MockRow {
  id: string
  submitted_at: string
  scaled_score: number
  passed: number
  raw_correct: number
  total: number
}

/** The answers of an `answersText`. */
export function parseAnswers(text: string): AnswerRow[] {
  const rows = JSON.parse(text) as [string, number, string][]
  return rows.map(([question_id, correct, answered_at]) => ({ question_id, correct, answered_at }))
}

/** Read-only views of the progress tables that readiness, the dashboard and the plan are computed from. */
export class ReadinessRepository {
  private readonly reads
  private readonly cards
  private readonly reviews
  private readonly answers
  private readonly mocks
  private readonly span
  private readonly perDay
  private readonly memories
  private readonly firstReviewed
  private readonly repeatReviews

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
    // One JSON text for all the answers: a row object per answer cost twice as much to read.
    this.answers = db
      .prepare<[], string>(
        `SELECT json_group_array(json_array(question_id, correct, answered_at) ORDER BY answered_at, id)
         FROM quiz_answers`,
      )
      .pluck()
    this.mocks = db.prepare<[], MockRow>(
      `SELECT id, submitted_at, scaled_score, passed, raw_correct, json_array_length(question_ids) AS total
       FROM mock_exams WHERE status = 'submitted' AND scaled_score IS NOT NULL AND submitted_at IS NOT NULL
       ORDER BY submitted_at`,
    )
    // review_activity is kept by triggers (migration 0006): reviews in effect per UTC quarter-hour.
    this.span = db.prepare<[], ReviewSpan>(
      `SELECT (SELECT min(quarter) FROM review_activity WHERE quarter >= 0) AS firstQuarter,
              (SELECT max(quarter) FROM review_activity) AS lastQuarter,
              (SELECT min(reviewed_at) FROM card_reviews WHERE undone_at IS NULL) AS firstReviewedAt,
              coalesce((SELECT reviews FROM review_activity WHERE quarter = -1), 0) AS irregular`,
    )
    this.perDay = db
      .prepare<[string], number>(
        `SELECT coalesce((SELECT total(reviews) FROM review_activity
                          WHERE quarter >= d.value ->> 0 AND quarter < d.value ->> 1), 0)
         FROM json_each(?) d ORDER BY d.key`,
      )
      .pluck()
    // For each card, its latest review in effect up to each moment (moments as ISO text, the form reviews
    // are stored in, so text order is time order), packed per card as "moment time stability" with ';'
    // between moments (time and stability empty before the card's first review): a row per lookup would cost
    // more than the lookup. Each entry names its moment, so the aggregate's order does not matter (asking
    // for one sorts every card's entries). A number's text reads back as the same number; a ';' in a
    // (malformed) text stability becomes ',', which leaves it just as unreadable as a number: it weighs 0.
    // Each card's first review in effect: one seek per card in card_reviews_memory (card_id, undone_at,
    // reviewed_at, …), instead of reading every review (EXPLAIN QUERY PLAN: SEARCH card_reviews USING
    // COVERING INDEX card_reviews_memory (card_id=? AND undone_at=?)).
    this.firstReviewed = db.prepare<[string], { card_id: string; first_at: string | null }>(
      `SELECT c.value AS card_id,
              (SELECT min(reviewed_at) FROM card_reviews WHERE card_id = c.value AND undone_at IS NULL) AS first_at
       FROM json_each(?) c`,
    )
    // Reviews in effect of cards that were no longer new, from a moment on: a range of card_reviews_day_counts
    // (reviewed_at, undone_at, state before, …), read from the index alone. Times compare as text, the form
    // the app stores them in (ISO 8601, UTC).
    this.repeatReviews = db
      .prepare<[string], number>(
        `SELECT count(*) FROM card_reviews
         WHERE reviewed_at >= ? AND undone_at IS NULL AND json_extract(state_before, '$.state') IS NOT 0`,
      )
      .pluck()
    this.memories = db.prepare<{ cards: string; ends: string }, { card_id: string; memory: string }>(
      `SELECT c.value AS card_id,
              (SELECT group_concat(e.key || ' ' || coalesce(
                 (SELECT reviewed_at || ' '
                         || coalesce(replace(json_extract(state_after, '$.stability'), ';', ','), 'null')
                  FROM card_reviews
                  WHERE card_id = c.value AND undone_at IS NULL AND reviewed_at <= e.value
                  ORDER BY reviewed_at DESC, id DESC LIMIT 1), ''), ';')
               FROM json_each(@ends) e) AS memory
       FROM json_each(@cards) c`,
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

  /** When each of the given cards was first reviewed (reviews in effect), for those ever reviewed. */
  firstReviews(cardIds: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    for (const r of this.firstReviewed.all(JSON.stringify(cardIds))) if (r.first_at !== null) out.set(r.card_id, r.first_at)
    return out
  }

  /** How many reviews in effect, of cards studied before, were made at or after a moment. */
  repeatReviewsSince(at: Date): number {
    return this.repeatReviews.get(at.toISOString())!
  }

  /** Every answered question (quizzes, retries and mock exams), oldest first. */
  answerEvents(): AnswerRow[] {
    return parseAnswers(this.answersText())
  }

  /** `answerEvents` as one JSON text (to tell cheaply whether the answers changed); see `parseAnswers`. */
  answersText(): string {
    return this.answers.get()!
  }

  /** Every submitted mock exam with its score, oldest first. */
  submittedMocks(): MockRow[] {
    return this.mocks.all()
  }

  /** Where the reviews in effect lie in time, and whether any has a time the quarter counts cannot place. */
  reviewSpan(): ReviewSpan {
    return this.span.get()!
  }

  /** Reviews in effect in each span of quarter-hours `[from, to)`, in order. */
  reviewsPerSpan(spans: readonly [number, number][]): number[] {
    return this.perDay.all(JSON.stringify(spans))
  }

  /**
   * Each card's latest review in effect at or before each moment (ISO times): card id → per moment, the
   * review's time (epoch ms) and the stability after it, or null before the card's first review. Every
   * review time in effect must be in the form the app writes (`reviewSpan().irregular` is 0).
   */
  memoriesAt(cardIds: readonly string[], ends: readonly string[]): Map<string, (MemoryAt | null)[]> {
    const out = new Map<string, (MemoryAt | null)[]>()
    if (ends.length === 0) return out
    for (const { card_id, memory } of this.memories.all({
      cards: JSON.stringify(cardIds),
      ends: JSON.stringify(ends),
    })) {
      const list = new Array<MemoryAt | null>(ends.length).fill(null)
      let last: MemoryAt | null = null
      let lastText = ''
      for (const entry of memory.split(';')) {
        const space = entry.indexOf(' ')
        const m = entry.slice(space + 1)
        if (!m) continue
        // The same review as at the moment before (common between close moments): the same object.
        if (m !== lastText) last = { stability: Number(m.slice(25)), at: Date.parse(m.slice(0, 24)) }
        lastText = m
        list[Number(entry.slice(0, space))] = last
      }
      out.set(card_id, list)
    }
    return out
  }
}
