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

/** What happened since a time: reviews made, and distinct cards first studied (undone reviews excluded). */
export interface DayCounts {
  reviews: number
  new_cards: number
}

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
  private readonly countSince
  private readonly reviewsPerCard
  private readonly selectChanges
  private readonly reviewTx
  private readonly undoTx
  // The queue columns of every row, kept in memory between calls: read on every grade, they change only
  // through this repository's writes (patched in as they commit) or through other writers, which move the
  // connection's total_changes() and so make the next read load the table again.
  private queueCache: Map<string, QueueRow> | null = null
  private queueCacheStamp = -1

  constructor(private readonly db: Database.Database) {
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
    // Both counts in one pass over the day's reviews. Kept free of a bare DISTINCT card_id: that form let
    // the planner walk card_reviews_card (the whole log) for the card_id order instead of the day's range.
    this.countSince = db.prepare<[string], DayCounts>(
      `SELECT COUNT(*) AS reviews,
              COUNT(DISTINCT CASE WHEN json_extract(state_before, '$.state') = 0 THEN card_id END) AS new_cards
       FROM card_reviews WHERE reviewed_at >= ? AND undone_at IS NULL`,
    )
    this.reviewsPerCard = db.prepare<[], { card_id: string; n: number }>(
      'SELECT card_id, COUNT(*) AS n FROM card_reviews WHERE undone_at IS NULL GROUP BY card_id',
    )
    this.selectChanges = db.prepare<[], number>('SELECT total_changes()').pluck()
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
        return { id: Number(info.lastInsertRowid), after }
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
        const restored = r.created_row ? null : (JSON.parse(r.state_before) as CardSnapshot)
        if (restored) this.upsert.run({ card_id: r.card_id, ...restored })
        else this.remove.run(r.card_id)
        this.markUndone.run(at, reviewId)
        return { review: r, restored }
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

  /** Every card's queue columns by card id (read on every grade, so kept in memory; never mutate it). */
  queueRows(): ReadonlyMap<string, QueueRow> {
    const stamp = this.selectChanges.get()!
    if (this.queueCache && stamp === this.queueCacheStamp) return this.queueCache
    const rows = new Map(this.selectQueue.all().map((r) => [r.card_id, r]))
    // Rows read inside someone else's open transaction may yet be rolled back: they are not kept.
    this.queueCache = this.db.inTransaction ? null : rows
    this.queueCacheStamp = stamp
    return rows
  }

  /** Stores a card's state (suspending or burying). */
  save(row: CardStateRow): void {
    this.tracked(
      () => this.upsert.run(row),
      (rows) => rows.set(row.card_id, queueRowOf(row.card_id, row)),
    )
  }

  /** In one transaction: reads the card's row, computes its next state, stores it and logs the review. */
  recordReview(
    cardId: string,
    grade: number,
    at: string,
    elapsedMs: number,
    next: (before: CardSnapshot | null) => { before: CardSnapshot; after: CardSnapshot },
  ): number {
    return this.tracked(
      () => this.reviewTx(cardId, grade, at, elapsedMs, next),
      (rows, r) => rows.set(cardId, queueRowOf(cardId, r.after)),
    ).id
  }

  /** In one transaction: checks, then restores the state before a review and marks the review undone. */
  undoReview(
    reviewId: number,
    at: string,
    verify: (review: ReviewRow | undefined, isLatest: boolean, current: CardSnapshot | null) => void,
  ): ReviewRow {
    return this.tracked(
      () => this.undoTx(reviewId, at, verify),
      (rows, { review, restored }) => {
        if (restored) rows.set(review.card_id, queueRowOf(review.card_id, restored))
        else rows.delete(review.card_id)
      },
    ).review
  }

  /** One review row. */
  review(id: number): ReviewRow | undefined {
    return this.selectReview.get(id)
  }

  /** How many reviews were made, and how many new cards first studied, since a time (undone ones excluded). */
  countsSince(at: string): DayCounts {
    return this.countSince.get(at)!
  }

  /** Review counts per card id, for every card ever reviewed. */
  reviewCounts(): Map<string, number> {
    return new Map(this.reviewsPerCard.all().map((r) => [r.card_id, r.n]))
  }

  /**
   * Runs one of this repository's writes and patches the cached queue rows to match, but only when the
   * cache was current before it and the write has committed (not inside a caller's transaction that could
   * still roll back); otherwise the cache is dropped and the next read loads the table.
   */
  private tracked<T>(write: () => T, patch: (rows: Map<string, QueueRow>, result: T) => void): T {
    const current = this.queueCache !== null && this.selectChanges.get() === this.queueCacheStamp
    const result = write()
    if (current && !this.db.inTransaction) {
      patch(this.queueCache!, result)
      this.queueCacheStamp = this.selectChanges.get()!
    } else this.queueCache = null
    return result
  }
}

/** The queue columns of a stored snapshot. */
function queueRowOf(cardId: string, s: CardSnapshot): QueueRow {
  return { card_id: cardId, due: s.due, state: s.state, suspended: s.suspended, buried_until: s.buried_until }
}
