import type {
  AskedQuestion,
  QuizFeedback,
  QuizOverview,
  Scope,
} from '../../shared/contracts/practice-schemas'
import type { Question } from '../../shared/content/practice-schema'
import { AppError } from '../../shared/errors'
import type { QuizAnswerRepository } from '../repositories/quiz-answer-repository'
import type { PracticeContent } from './practice-content'
import { pickQuestions } from './question-selection'
import { seededRandom, shuffled } from './seeded-random'

/** Checks a set of chosen options against a question: known ids, no repeats, and no more than it asks for. */
export function checkChosen(q: Question, chosen: readonly string[], exact: boolean): void {
  const ids = new Set(q.options.map((o) => o.id))
  if (new Set(chosen).size !== chosen.length)
    throw new AppError('validation', 'An option was chosen twice.', 'chosen')
  const unknown = chosen.find((c) => !ids.has(c))
  if (unknown) throw new AppError('validation', `Question ${q.id} has no option "${unknown}".`, 'chosen')
  if (chosen.length > q.choose || (exact && chosen.length !== q.choose)) {
    throw new AppError(
      'validation',
      q.choose === 1 ? 'Choose one answer.' : `Choose ${q.choose} answers.`,
      'chosen',
    )
  }
}

/** Practice quizzes: sets drawn by scope and size, weighted toward recent mistakes, with immediate feedback. */
export class QuizService {
  constructor(
    private readonly content: PracticeContent,
    private readonly answers: QuizAnswerRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly random: () => number = Math.random,
  ) {}

  /** Question counts and current mistakes, per domain and topic. */
  overview(): QuizOverview {
    const history = this.answers.history()
    const missed = (qs: Question[]) => qs.filter((q) => history.get(q.id)?.lastCorrect === false).length
    let answered = 0
    let correct = 0
    for (const [id, h] of history) {
      if (!this.content.questionById.has(id)) continue
      answered += h.answered
      correct += h.answered - h.wrong
    }
    const domains = this.content.bundle.blueprint.domains.map((d) => {
      const inDomain = this.content.questions.filter((q) => q.domain === d.id)
      return {
        id: d.id,
        name: d.name,
        questions: inDomain.length,
        mistakes: missed(inDomain),
        topics: d.topics.map((t) => {
          const qs = inDomain.filter((q) => q.topic === t.id)
          return { id: t.id, name: t.name, questions: qs.length, mistakes: missed(qs) }
        }),
      }
    })
    return { answered, correct, mistakes: domains.reduce((s, d) => s + d.mistakes, 0), domains }
  }

  /** A new set: drawn from a scope (weighted toward recent misses), the current mistakes, or given questions. */
  start(
    scope: Scope,
    size: number,
    mode: 'practice' | 'mistakes',
    questionIds?: string[],
  ): { questions: AskedQuestion[]; source: 'quiz' | 'retry' } {
    const random = seededRandom(Math.floor(this.random() * 2 ** 31))
    if (questionIds) {
      const qs = questionIds.map((id) => this.question(id))
      return { questions: qs.map((q) => this.content.asked(q)), source: 'retry' }
    }
    const pool = this.content.questionsIn(scope)
    const history = this.answers.history()
    if (mode === 'mistakes') {
      const mistakes = pool.filter((q) => history.get(q.id)?.lastCorrect === false)
      return {
        questions: shuffled(mistakes, random)
          .slice(0, size)
          .map((q) => this.content.asked(q)),
        source: 'retry',
      }
    }
    return {
      questions: pickQuestions(pool, history, size, this.now(), random).map((q) => this.content.asked(q)),
      source: 'quiz',
    }
  }

  /** Records an answer and explains every option. */
  answer(questionId: string, chosen: string[], elapsedMs: number, source: 'quiz' | 'retry'): QuizFeedback {
    const q = this.question(questionId)
    checkChosen(q, chosen, true)
    const correct = this.content.isCorrect(q, chosen)
    this.answers.insert({
      questionId,
      chosen,
      correct,
      answeredAt: this.now().toISOString(),
      elapsedMs,
      source,
      mockId: null,
    })
    return { correct, chosen, question: this.content.explained(q) }
  }

  private question(id: string): Question {
    const q = this.content.questionById.get(id)
    if (!q) throw new AppError('not_found', `There is no question "${id}" in the content bundle.`)
    return q
  }
}
