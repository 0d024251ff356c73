import type { Diagram } from '../../shared/content/diagram-schema'
import type {
  DiagramDetail,
  DiagramQuizAnswer,
  DiagramQuizResult,
  DiagramScore,
  DiagramSummary,
} from '../../shared/contracts/diagrams'
import { AppError } from '../../shared/errors'
import type { ContentBundle } from '../content/load-content'
import type { DiagramQuizRepository, DiagramQuizRow } from '../repositories/diagram-quiz-repository'
import { diagramNoteIds, diagramPreview, relatedCards, relatedQuestions } from './diagram-relations'

/** Most attempts one history call returns (newest first). */
export const HISTORY_LIMIT = 200

export interface QuizSubmission {
  correct: number
  total: number
  answers: DiagramQuizAnswer[]
}

/** The interactive diagrams: the gallery, one diagram with what it relates to, and the quiz scores. */
export class DiagramsService {
  private readonly ordered: Diagram[]

  constructor(
    private readonly bundle: ContentBundle,
    private readonly quizzes: DiagramQuizRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Gallery order follows the reading order of each diagram's first note, so it matches the course.
    const position = new Map(bundle.notes.map((n, i) => [n.id, i]))
    const rank = (d: Diagram) => position.get(d.notes[0]!) ?? Number.MAX_SAFE_INTEGER
    this.ordered = [...bundle.diagrams.values()].sort(
      (a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title),
    )
  }

  /** Every diagram with a sketch, its notes and the learner's best quiz score. */
  list(): { diagrams: DiagramSummary[] } {
    const stats = this.quizzes.allStats()
    return {
      diagrams: this.ordered.map((d) => ({
        id: d.id,
        title: d.title,
        description: d.description,
        nodeCount: d.nodes.length,
        noteIds: diagramNoteIds(d),
        preview: diagramPreview(d),
        quiz: stats.get(d.id) ?? { attempts: 0, best: null },
      })),
    }
  }

  /** One diagram with its notes (titled), the cards and questions of those notes, and its quiz score. */
  get(id: string): DiagramDetail {
    const diagram = this.find(id)
    const noteIds = diagramNoteIds(diagram).filter((n) => this.bundle.noteById.has(n))
    return {
      diagram,
      notes: noteIds.map((n) => ({ id: n, title: this.bundle.noteById.get(n)!.title })),
      cards: relatedCards(this.bundle.cards, noteIds),
      questions: relatedQuestions(this.bundle.questions, noteIds),
      quiz: this.quizzes.stats(id),
    }
  }

  /** Stores a checked quiz after checking it against the diagram; returns it with the best score before it. */
  recordQuiz(
    id: string,
    submission: QuizSubmission,
  ): { result: DiagramQuizResult; previousBest: DiagramScore | null; attempts: number } {
    const diagram = this.find(id)
    const answers = checkSubmission(diagram, submission)
    const row = this.quizzes.insert(
      id,
      submission.correct,
      submission.total,
      answers,
      this.now().toISOString(),
    )
    return {
      result: this.toResult(row),
      previousBest: this.quizzes.bestBeforeAttempt(id, row.id),
      attempts: this.quizzes.stats(id).attempts,
    }
  }

  /** Past quiz attempts, of one diagram or of all, newest first. */
  history(id?: string): { results: DiagramQuizResult[] } {
    if (id !== undefined) this.find(id)
    return { results: this.quizzes.recent(HISTORY_LIMIT, id).map((r) => this.toResult(r)) }
  }

  private find(id: string): Diagram {
    const diagram = this.bundle.diagrams.get(id)
    if (!diagram) throw new AppError('not_found', `There is no diagram called “${id}”.`, 'id')
    return diagram
  }

  private toResult(row: DiagramQuizRow): DiagramQuizResult {
    // A diagram that has left the bundle keeps its history under its id.
    const title = this.bundle.diagrams.get(row.diagramId)?.title ?? row.diagramId
    return { ...row, diagramTitle: title }
  }
}

/** Checks a submitted quiz against the diagram (one answer per box, scored as the canvas scores it). */
function checkSubmission(diagram: Diagram, s: QuizSubmission): DiagramQuizAnswer[] {
  const fail = (field: string, message: string): never => {
    throw new AppError('validation', `${field}: ${message}`, field)
  }
  const byNode = new Map<string, DiagramQuizAnswer>()
  s.answers.forEach((a, i) => {
    const node = diagram.nodes.find((n) => n.id === a.nodeId)
    if (!node) fail(`answers[${i}].nodeId`, `“${a.nodeId}” is not a box of this diagram`)
    if (byNode.has(a.nodeId)) fail(`answers[${i}].nodeId`, `“${a.nodeId}” is answered twice`)
    if (a.expected !== node!.label) fail(`answers[${i}].expected`, `the box is called “${node!.label}”`)
    if (a.correct !== (a.given === node!.label))
      fail(`answers[${i}].correct`, 'does not match the answer given')
    byNode.set(a.nodeId, a)
  })
  if (byNode.size !== diagram.nodes.length)
    fail('answers', `every one of the ${diagram.nodes.length} boxes needs an answer`)
  if (s.total !== diagram.nodes.length) fail('total', `this diagram has ${diagram.nodes.length} boxes`)
  const correct = s.answers.filter((a) => a.correct).length
  if (s.correct !== correct) fail('correct', `the answers hold ${correct} correct`)
  return diagram.nodes.map((n) => byNode.get(n.id)!)
}
