// The pieces the readiness model adds up (see readiness-model.ts for the formula): a part of the exam (a
// topic, a domain, the whole exam) with its evidence, how parts combine, and the weighted answers of a topic.
import { answerWeightAt, clip, combinedSd } from './readiness-math'
import type { AnswerAt, ModelExam, ModelTopic } from './readiness-model'
import type { Coverage } from './readiness-schemas'

/** A topic's answers until a moment: weighted right and all (`answerWeight`), count, questions tried. */
export interface AnswerSums {
  success: number
  effective: number
  count: number
  tried: number
}

/** The weighted sums of a topic's answers given until `now` (epoch ms), answers after it left out. */
export function answerSums(
  t: ModelTopic,
  answers: ReadonlyMap<string, readonly AnswerAt[]>,
  now: number,
): AnswerSums {
  let success = 0
  let effective = 0
  let count = 0
  let tried = 0
  for (const q of t.questions) {
    const list = answers.get(q.id)
    if (!list) continue
    const before = count
    for (const a of list) {
      if (a.at > now) continue
      const w = answerWeightAt(q.difficulty, a.at, now)
      count++
      effective += w
      if (a.correct) success += w
    }
    if (count > before) tried++
  }
  return { success, effective, count, tried }
}

/** `answerSums` for every topic of the exam at `now` (epoch ms). */
export function answerSumsByTopic(
  exam: ModelExam,
  answers: ReadonlyMap<string, readonly AnswerAt[]>,
  now: number,
): Map<ModelTopic, AnswerSums> {
  return new Map(exam.domains.flatMap((d) => d.topics.map((t) => [t, answerSums(t, answers, now)] as const)))
}

/** A part of the exam with its estimate, its evidence and how much of it was studied. */
export interface Part {
  p: number
  sd: number
  answers: number
  effective: number
  success: number
  memorySum: number
  notesRead: number
  cardsSeen: number
  questionsTried: number
  notes: number
  cards: number
  questions: number
}

/** The share of a part's notes, cards and questions studied. */
export function coverageOf(x: Part): Coverage {
  const fractions = [
    x.notes ? x.notesRead / x.notes : null,
    x.cards ? x.cardsSeen / x.cards : null,
    x.questions ? x.questionsTried / x.questions : null,
  ].filter((f): f is number => f !== null)
  return {
    notesRead: x.notesRead,
    notesTotal: x.notes,
    cardsSeen: x.cardsSeen,
    cardsTotal: x.cards,
    questionsTried: x.questionsTried,
    questionsTotal: x.questions,
    fraction: fractions.length ? fractions.reduce((s, f) => s + f, 0) / fractions.length : 0,
  }
}

/** What stands behind a part's estimate, as the readiness reports it. */
export function evidenceOf(x: Part) {
  return {
    answers: x.answers,
    effectiveAnswers: x.effective,
    accuracy: x.answers > 0 && x.effective > 0 ? clip(x.success / x.effective) : null,
    memory: x.cards ? clip(x.memorySum / x.cards) : null,
    coverage: coverageOf(x),
  }
}

/** Adds the parts' counts and combines their estimates with the given shares. */
export function combine(parts: readonly Part[], shares: readonly number[]): Part {
  const sum = (f: (x: Part) => number) => parts.reduce((s, x) => s + f(x), 0)
  return {
    p: parts.reduce((s, x, i) => s + shares[i]! * x.p, 0),
    sd: combinedSd(
      parts.map((x) => x.sd),
      shares,
    ),
    answers: sum((x) => x.answers),
    effective: sum((x) => x.effective),
    success: sum((x) => x.success),
    memorySum: sum((x) => x.memorySum),
    notesRead: sum((x) => x.notesRead),
    cardsSeen: sum((x) => x.cardsSeen),
    questionsTried: sum((x) => x.questionsTried),
    notes: sum((x) => x.notes),
    cards: sum((x) => x.cards),
    questions: sum((x) => x.questions),
  }
}
