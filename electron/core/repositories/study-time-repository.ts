import type Database from 'better-sqlite3'

/** Sums of the time reviews and answers took, each counted up to a cap so an idle screen is not study. */
export class StudyTimeRepository {
  private readonly reviews
  private readonly answers

  constructor(db: Database.Database) {
    this.reviews = db.prepare<[number, string, string], { ms: number; n: number }>(
      `SELECT COALESCE(SUM(MIN(elapsed_ms, ?)), 0) AS ms, COUNT(*) AS n
       FROM card_reviews WHERE reviewed_at >= ? AND reviewed_at < ? AND undone_at IS NULL`,
    )
    this.answers = db.prepare<[number, string, string], { ms: number; n: number }>(
      `SELECT COALESCE(SUM(MIN(elapsed_ms, ?)), 0) AS ms, COUNT(*) AS n
       FROM quiz_answers WHERE answered_at >= ? AND answered_at < ?`,
    )
  }

  /** Review time (undone reviews left out) and answer time between two instants, as ISO strings. */
  between(from: string, to: string, caps: { reviewMs: number; questionMs: number }) {
    return {
      reviews: this.reviews.get(caps.reviewMs, from, to)!,
      answers: this.answers.get(caps.questionMs, from, to)!,
    }
  }
}
