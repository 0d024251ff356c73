import type Database from 'better-sqlite3'
import type { DiagramQuizAnswer } from '../../shared/contracts/diagrams'

export interface DiagramQuizRow {
  id: number
  diagramId: string
  correct: number
  total: number
  answers: DiagramQuizAnswer[]
  takenAt: string
}

export interface DiagramQuizStatsRow {
  attempts: number
  best: { correct: number; total: number; takenAt: string } | null
}

interface Row {
  id: number
  diagram_id: string
  correct: number
  total: number
  answers: string
  taken_at: string
}

const columns = 'id, diagram_id, correct, total, answers, taken_at'
// Best = highest share of boxes named; ties go to the earlier attempt (the one that first reached it).
const bestOrder = 'ORDER BY CAST(correct AS REAL) / total DESC, correct DESC, taken_at ASC, id ASC'

/** Every checked diagram quiz attempt, with the learner's answers. */
export class DiagramQuizRepository {
  private readonly insertOne
  private readonly selectOne
  private readonly selectRecent
  private readonly selectRecentFor
  private readonly countFor
  private readonly bestFor
  private readonly bestBefore
  private readonly statsAll

  constructor(db: Database.Database) {
    this.insertOne = db.prepare<[string, number, number, string, string]>(
      'INSERT INTO diagram_quiz_results (diagram_id, correct, total, answers, taken_at) VALUES (?, ?, ?, ?, ?)',
    )
    this.selectOne = db.prepare<[number], Row>(`SELECT ${columns} FROM diagram_quiz_results WHERE id = ?`)
    this.selectRecent = db.prepare<[number], Row>(
      `SELECT ${columns} FROM diagram_quiz_results ORDER BY taken_at DESC, id DESC LIMIT ?`,
    )
    this.selectRecentFor = db.prepare<[string, number], Row>(
      `SELECT ${columns} FROM diagram_quiz_results WHERE diagram_id = ? ORDER BY taken_at DESC, id DESC LIMIT ?`,
    )
    this.countFor = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM diagram_quiz_results WHERE diagram_id = ?',
    )
    this.bestFor = db.prepare<[string], Row>(
      `SELECT ${columns} FROM diagram_quiz_results WHERE diagram_id = ? ${bestOrder} LIMIT 1`,
    )
    this.bestBefore = db.prepare<[string, number], Row>(
      `SELECT ${columns} FROM diagram_quiz_results WHERE diagram_id = ? AND id < ? ${bestOrder} LIMIT 1`,
    )
    this.statsAll = db.prepare<[], Row & { n: number }>(
      `SELECT ${columns}, n FROM (
         SELECT ${columns}, COUNT(*) OVER d AS n,
                ROW_NUMBER() OVER (PARTITION BY diagram_id ${bestOrder}) AS rn
         FROM diagram_quiz_results WINDOW d AS (PARTITION BY diagram_id))
       WHERE rn = 1`,
    )
  }

  /** Stores one attempt; returns it as stored. */
  insert(
    diagramId: string,
    correct: number,
    total: number,
    answers: DiagramQuizAnswer[],
    takenAt: string,
  ): DiagramQuizRow {
    const info = this.insertOne.run(diagramId, correct, total, JSON.stringify(answers), takenAt)
    return toRow(this.selectOne.get(Number(info.lastInsertRowid))!)
  }

  /** The newest attempts, of one diagram or of all, newest first. */
  recent(limit: number, diagramId?: string): DiagramQuizRow[] {
    const rows =
      diagramId === undefined ? this.selectRecent.all(limit) : this.selectRecentFor.all(diagramId, limit)
    return rows.map(toRow)
  }

  /** How many attempts a diagram has had and its best score. */
  stats(diagramId: string): DiagramQuizStatsRow {
    const best = this.bestFor.get(diagramId)
    return { attempts: this.countFor.get(diagramId)!.n, best: best ? score(best) : null }
  }

  /** The best score of a diagram among the attempts stored before attempt `id`. */
  bestBeforeAttempt(diagramId: string, id: number): DiagramQuizStatsRow['best'] {
    const best = this.bestBefore.get(diagramId, id)
    return best ? score(best) : null
  }

  /** Attempts and best score of every diagram that has been tried. */
  allStats(): Map<string, DiagramQuizStatsRow> {
    return new Map(this.statsAll.all().map((r) => [r.diagram_id, { attempts: r.n, best: score(r) }]))
  }
}

function score(r: Row): { correct: number; total: number; takenAt: string } {
  return { correct: r.correct, total: r.total, takenAt: r.taken_at }
}

function toRow(r: Row): DiagramQuizRow {
  return {
    id: r.id,
    diagramId: r.diagram_id,
    correct: r.correct,
    total: r.total,
    answers: JSON.parse(r.answers) as DiagramQuizAnswer[],
    takenAt: r.taken_at,
  }
}
