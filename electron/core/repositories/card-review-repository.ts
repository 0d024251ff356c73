import type Database from 'better-sqlite3'

/** A row of card_states: the ts-fsrs Card fields (dates as ISO text) plus suspension and burying. */
export interface CardStateRow {
  card_id: string
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: number
  last_review: string | null
  suspended: number
  buried_until: string | null
  updated_at: string
}

/** The columns that decide where a card stands in today's queue. */
export type QueueRow = Pick<CardStateRow, 'card_id' | 'due' | 'state' | 'suspended' | 'buried_until'>

/** A card's row without its id: what a review stores as state before and after. */
export type CardSnapshot = Omit<CardStateRow, 'card_id'>

export interface ReviewRow {
  id: number
  card_id: string
  grade: number
  reviewed_at: string
  elapsed_ms: number
  state_before: string
  state_after: string
  created_row: number
  undone_at: string | null
}

const columns = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
  'last_review',
  'suspended',
  'buried_until',
  'updated_at',
] as const

/** The snapshot of a row, keys always in the same order (so two snapshots compare as JSON text). */
export function snapshotOf(row: CardSnapshot): CardSnapshot {
  return Object.fromEntries(columns.map((c) => [c, row[c]])) as unknown as CardSnapshot
}

/** Card scheduling state and the review log. */
export class CardReviewRepository {
  private readonly selectOne
  private readonly selectAll
  private readonly selectQueue
  private readonly upsert
  private readonly remove
  private readonly insertReview
  private readonly selectReview
  private readonly latestForCard
  private readonly markUndone
  private readonly countNewSince
  private readonly countSince
  private readonly reviewsPerCard
  private readonly reviewTx
  private readonly undoTx

  constructor(db: Database.Database) {
    this.selectOne = db.prepare<[string], CardStateRow>('SELECT * FROM card_states WHERE card_id = ?')
    this.selectAll = db.prepare<[], CardStateRow>('SELECT * FROM card_states')
    this.selectQueue = db.prepare<[], QueueRow>(
      'SELECT card_id, due, state, suspended, buried_until FROM card_states',
    )
    this.upsert = db.prepare<CardStateRow>(
      `INSERT INTO card_states (card_id, ${columns.join(', ')}) VALUES (@card_id, ${columns.map((c) => `@${c}`).join(', ')})
       ON CONFLICT(card_id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    )
    this.remove = db.prepare<[string]>('DELETE FROM card_states WHERE card_id = ?')
    this.insertReview = db.prepare<[string, number, string, number, string, string, number]>(
      `INSERT INTO card_reviews (card_id, grade, reviewed_at, elapsed_ms, state_before, state_after, created_row)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    this.selectReview = db.prepare<[number], ReviewRow>('SELECT * FROM card_reviews WHERE id = ?')
    this.latestForCard = db.prepare<[string], { id: number }>(
      'SELECT id FROM card_reviews WHERE card_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
    )
    this.markUndone = db.prepare<[string, number]>('UPDATE card_reviews SET undone_at = ? WHERE id = ?')
    this.countNewSince = db.prepare<[string], { n: number }>(
      `SELECT COUNT(DISTINCT card_id) AS n FROM card_reviews
       WHERE reviewed_at >= ? AND undone_at IS NULL AND json_extract(state_before, '$.state') = 0`,
    )
    this.countSince = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM card_reviews WHERE reviewed_at >= ? AND undone_at IS NULL',
    )
    this.reviewsPerCard = db.prepare<[], { card_id: string; n: number }>(
      'SELECT card_id, COUNT(*) AS n FROM card_reviews WHERE undone_at IS NULL GROUP BY card_id',
    )
    this.reviewTx = db.transaction(
      (
        cardId: string,
        grade: number,
        at: string,
        elapsedMs: number,
        next: (before: CardSnapshot | null) => { before: CardSnapshot; after: CardSnapshot },
      ) => {
        const row = this.selectOne.get(cardId)
        const { before, after } = next(row ? snapshotOf(row) : null)
        this.upsert.run({ card_id: cardId, ...after })
        const info = this.insertReview.run(
          cardId,
          grade,
          at,
          elapsedMs,
          JSON.stringify(snapshotOf(before)),
          JSON.stringify(snapshotOf(after)),
          row ? 0 : 1,
        )
        return Number(info.lastInsertRowid)
      },
    )
    this.undoTx = db.transaction(
      (
        reviewId: number,
        at: string,
        verify: (review: ReviewRow | undefined, isLatest: boolean, current: CardSnapshot | null) => void,
      ) => {
        const review = this.selectReview.get(reviewId)
        const latest = review ? this.latestForCard.get(review.card_id) : undefined
        const row = review ? this.selectOne.get(review.card_id) : undefined
        verify(review, latest?.id === reviewId, row ? snapshotOf(row) : null)
        const r = review!
        if (r.created_row) this.remove.run(r.card_id)
        else this.upsert.run({ card_id: r.card_id, ...(JSON.parse(r.state_before) as CardSnapshot) })
        this.markUndone.run(at, reviewId)
        return r
      },
    )
  }

  /** One card's state row, or undefined for a card never touched. */
  get(cardId: string): CardStateRow | undefined {
    return this.selectOne.get(cardId)
  }

  /** Every card state row. */
  all(): CardStateRow[] {
    return this.selectAll.all()
  }

  /** Every card's queue columns (lighter than all(), read on every grade). */
  queueRows(): QueueRow[] {
    return this.selectQueue.all()
  }

  /** Stores a card's state (suspending or burying). */
  save(row: CardStateRow): void {
    this.upsert.run(row)
  }

  /** In one transaction: reads the card's row, computes its next state, stores it and logs the review. */
  recordReview(
    cardId: string,
    grade: number,
    at: string,
    elapsedMs: number,
    next: (before: CardSnapshot | null) => { before: CardSnapshot; after: CardSnapshot },
  ): number {
    return this.reviewTx(cardId, grade, at, elapsedMs, next)
  }

  /** In one transaction: checks, then restores the state before a review and marks the review undone. */
  undoReview(
    reviewId: number,
    at: string,
    verify: (review: ReviewRow | undefined, isLatest: boolean, current: CardSnapshot | null) => void,
  ): ReviewRow {
    return this.undoTx(reviewId, at, verify)
  }

  /** One review row. */
  review(id: number): ReviewRow | undefined {
    return this.selectReview.get(id)
  }

  /** How many new cards were first studied since a time (undone reviews excluded). */
  newStudiedSince(at: string): number {
    return this.countNewSince.get(at)!.n
  }

  /** How many reviews were made since a time (undone reviews excluded). */
  reviewsSince(at: string): number {
    return this.countSince.get(at)!.n
  }

  /** Review counts per card id, for every card ever reviewed. */
  reviewCounts(): Map<string, number> {
    return new Map(this.reviewsPerCard.all().map((r) => [r.card_id, r.n]))
  }
}
