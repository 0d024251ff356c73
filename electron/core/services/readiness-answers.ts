import { answerSumsByTopic, type AnswerSums } from '../../shared/readiness/readiness-parts'
import {
  answersByQuestion,
  type AnswerAt,
  type ModelExam,
  type ModelTopic,
} from '../../shared/readiness/readiness-model'
import { parseAnswers, type AnswerRow, type ReadinessRepository } from '../repositories/readiness-repository'

/** The stored answers, in stored order, with what the model reads from them. */
export interface StoredAnswers {
  rows: AnswerRow[]
  /** Each answer's time (epoch ms), in the same order. */
  times: number[]
  byQuestion: Map<string, AnswerAt[]>
}

/**
 * The stored answers as the model reads them, and their weighted sums by topic at each moment asked for: most
 * of the model's work (a power per answer per moment), the same for every past history point while the
 * answers until that point stay the same. Whether the answers changed is told by comparing the one JSON text
 * they are read as; when they did, only the sums at moments that see a changed answer are dropped. So what
 * is kept is exactly what would be computed again.
 */
export class ReadinessAnswers {
  private text: string | null = null
  private stored: StoredAnswers = { rows: [], times: [], byQuestion: new Map() }
  private sums = new Map<number, Map<ModelTopic, AnswerSums>>()

  constructor(
    private readonly repo: ReadinessRepository,
    private readonly exam: ModelExam,
  ) {}

  /** The answers stored now. */
  current(): StoredAnswers {
    const text = this.repo.answersText()
    if (text !== this.text) {
      const rows = parseAnswers(text)
      const times = rows.map((a) => Date.parse(a.answered_at))
      const byQuestion = answersByQuestion(
        rows.map((a, i) => ({ questionId: a.question_id, correct: a.correct === 1, at: times[i]! })),
      )
      this.keepBefore(this.firstChange(rows, times))
      this.text = text
      this.stored = { rows, times, byQuestion }
    }
    return this.stored
  }

  /**
   * The earliest time of an answer that is not where it was (new, removed or moved): before it, every moment
   * sees the very same answers in the same order, so its sums stand (usually a new answer: only now moves).
   */
  private firstChange(rows: readonly AnswerRow[], times: readonly number[]): number {
    const old = this.stored
    let same = 0
    const limit = Math.min(rows.length, old.rows.length)
    while (same < limit && equalRows(rows[same]!, old.rows[same]!)) same++
    let first = Infinity
    for (const t of [...times.slice(same), ...old.times.slice(same)]) {
      // An answer whose time is not a time counts at every moment (the model never leaves it out).
      if (Number.isNaN(t)) return -Infinity
      if (t < first) first = t
    }
    return first
  }

  /** Forgets the sums at moments at or after `t`. */
  private keepBefore(t: number): void {
    for (const m of this.sums.keys()) if (!(m < t)) this.sums.delete(m)
  }

  /** The answers `current()` last gave. */
  get latest(): StoredAnswers {
    return this.stored
  }

  /** Each topic's answer sums at a moment, for the answers `current()` last gave. */
  sumsAt(moment: Date): Map<ModelTopic, AnswerSums> {
    let sums = this.sums.get(moment.getTime())
    if (!sums) {
      // Bounded: a dashboard asks for about 60 moments; each readiness request adds one more (its now).
      if (this.sums.size >= 200) this.sums.clear()
      sums = answerSumsByTopic(this.exam, this.stored.byQuestion, moment.getTime())
      this.sums.set(moment.getTime(), sums)
    }
    return sums
  }

  /** Forgets the sums at other moments (history points move on with the days, and now always moves). */
  keepOnly(moments: readonly Date[]): void {
    const keep = new Set(moments.map((m) => m.getTime()))
    for (const t of this.sums.keys()) if (!keep.has(t)) this.sums.delete(t)
  }
}

function equalRows(a: AnswerRow, b: AnswerRow): boolean {
  return a.question_id === b.question_id && a.correct === b.correct && a.answered_at === b.answered_at
}
