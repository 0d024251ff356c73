/**
 * The readiness model: "if I sat the exam now, what share of its questions would I get right?"
 *
 * For each topic t of the blueprint:
 *   1. Study sets the starting point. N_t = share of the topic's notes read; M_t = mean FSRS retrievability
 *      of the topic's cards now, R = ts-fsrs forgetting_curve(w, days since last review, stability), an
 *      unseen card counting 0. Knowledge K_t = 0.4·N_t + 0.6·M_t (N_t alone when the topic has no cards).
 *      Prior mean μ_t = g + (c − g)·K_t with g = 0.25 (a blind guess) and c = 0.85 (the most study alone can
 *      promise), worth k = 4 answers.
 *   2. Answers move it. Each quiz or mock-exam answer weighs w = 0.5^(age in days / 30) × d, with
 *      d = 0.7, 1 or 1.3 for difficulty 1, 2 or 3: recent and harder answers count more. S_t = Σ w over
 *      right answers, n_t = Σ w over all.
 *   3. Estimate p_t = (S_t + k·μ_t) / (n_t + k): the mean of a Beta posterior. Its uncertainty is taken at
 *      its widest, sd_t = 0.5 / √(n_t + k + 1) (a proportion's spread is never more than that), so the band
 *      depends only on how much evidence there is: wide with few answers, narrower with every answer.
 * A domain combines its topics by their share of the domain's notes: p_d = Σ s_t·p_t, and its sd assumes
 * topics are correlated at ρ = 0.5 (what a learner knows in one topic says something about the next):
 * sd_d² = (1 − ρ)·Σ s_t²·sd_t² + ρ·(Σ s_t·sd_t)². The exam combines the domains by the blueprint's weights,
 * normalised to sum to one, the same way. Bands are 90% intervals, p ± 1.645·sd, moved (not cut) to stay
 * inside 0–100%.
 * Predicted score: p mapped through the same line mock exams use (0% → 100, 72% → 750, the pass mark,
 * 100% → 1,000). Its band also carries the luck of a single exam's 50 scored questions:
 * sd_exam² = sd² + p(1 − p)/50. Pass chance = Φ((p − 0.72) / sd_exam). The verdict is "ready" when even the
 * low end of the readiness band reaches 72%, "not yet" when even its high end falls short, else "borderline".
 * No claim without evidence: a domain needs 5 answers and the exam 20 before an estimate is shown
 * (state 'insufficient-data' otherwise).
 */
import type { DomainId } from '../content/ids'
import { passRawFraction, scaledScore as scaleFraction } from '../practice/scaled-score'
import {
  clip,
  normalCdf,
  normalizedWeights,
  posterior,
  readinessParameters,
  retrievability,
  toBand,
} from './readiness-math'
import { answerSums, coverageOf, evidenceOf, combine, type AnswerSums, type Part } from './readiness-parts'
import type { DomainReadiness, Readiness, ScoreBand, TopicReadiness, Verdict } from './readiness-schemas'

const DAY = 86_400_000

export interface ModelTopic {
  id: string
  name: string
  notes: string[]
  cards: string[]
  questions: { id: string; difficulty: 1 | 2 | 3 }[]
}
export interface ModelDomain {
  id: DomainId
  name: string
  weight: number
  topics: ModelTopic[]
}
export interface ModelExam {
  domains: ModelDomain[]
  passingScore: number
  scoreRange: [number, number]
  /** Questions that count towards the score in one sitting (their luck widens the predicted score's band). */
  scoredQuestions: number
}
export interface CardMemory {
  cardId: string
  stability: number
  lastReview: Date
}
export interface Answer {
  questionId: string
  correct: boolean
  at: Date
}
export interface Evidence {
  noteReads: Iterable<string>
  cards: readonly CardMemory[]
  answers: readonly Answer[]
}
/** A card's memory with its last review as epoch milliseconds. */
export interface MemoryAt {
  stability: number
  at: number
}
/** An answer with its time as epoch milliseconds. */
export interface AnswerAt {
  correct: boolean
  at: number
}
/**
 * Evidence looked up by id, as the model reads it: built once and reused when the model runs at many moments.
 * Cards must already leave out reviews after the moment; answers after it are skipped by the model.
 */
export interface IndexedEvidence {
  read: ReadonlySet<string>
  /** Each studied card's memory by card id (a Map will do). */
  cards: { get(cardId: string): MemoryAt | undefined }
  /** Each question's answers, in the order they were given. */
  answers: ReadonlyMap<string, readonly AnswerAt[]>
  /** Each topic's `answerSums` at the moment, when already known (they cost most of the model's time). */
  answerSums?: ReadonlyMap<ModelTopic, AnswerSums>
}

/** A fraction of questions right mapped onto the exam's scaled score, as mock exams are scored. */
export function scaledScore(fraction: number, exam: Pick<ModelExam, 'scoreRange' | 'passingScore'>): number {
  return scaleFraction(clip(fraction), 1, { range: exam.scoreRange, passMark: exam.passingScore })
}

function topicPart(t: ModelTopic, e: IndexedEvidence, now: number): Part {
  const P = readinessParameters
  let memorySum = 0
  let cardsSeen = 0
  for (const id of t.cards) {
    const c = e.cards.get(id)
    if (!c) continue
    cardsSeen++
    memorySum += retrievability(c.stability, (now - c.at) / DAY)
  }
  const { success, effective, count, tried } = e.answerSums?.get(t) ?? answerSums(t, e.answers, now)
  const notesRead = t.notes.filter((n) => e.read.has(n)).length
  const noteShare = t.notes.length ? notesRead / t.notes.length : 0
  const knowledge = t.cards.length
    ? P.notesShareOfKnowledge * noteShare + (1 - P.notesShareOfKnowledge) * (memorySum / t.cards.length)
    : noteShare
  const prior = P.guessRate + (P.studyCeiling - P.guessRate) * knowledge
  const { p, sd } = posterior(success, effective, prior)
  return {
    p,
    sd,
    answers: count,
    effective,
    success,
    memorySum,
    notesRead,
    cardsSeen,
    questionsTried: tried,
    notes: t.notes.length,
    cards: t.cards.length,
    questions: t.questions.length,
  }
}

/** Each topic's share of its domain: proportional to its notes (equal shares when there are none). */
export function topicShares(topics: readonly ModelTopic[]): number[] {
  return normalizedWeights(topics.map((t) => t.notes.length))
}

/** Each question's answers in the order given (times as epoch milliseconds). */
export function answersByQuestion(
  answers: Iterable<{ questionId: string; correct: boolean; at: number }>,
): Map<string, AnswerAt[]> {
  const byQuestion = new Map<string, AnswerAt[]>()
  for (const a of answers) {
    const item = { correct: a.correct, at: a.at }
    const list = byQuestion.get(a.questionId)
    if (list) list.push(item)
    else byQuestion.set(a.questionId, [item])
  }
  return byQuestion
}

/** The readiness estimate, per topic, per domain and for the exam, from the learner's evidence at `now`. */
export function computeReadiness(exam: ModelExam, evidence: Evidence, now: Date): Readiness {
  const cards = new Map<string, MemoryAt>()
  for (const c of evidence.cards) {
    const at = c.lastReview.getTime()
    if (at <= now.getTime()) cards.set(c.cardId, { stability: c.stability, at })
  }
  const read = new Set(evidence.noteReads)
  const answers = answersByQuestion(evidence.answers.map((a) => ({ ...a, at: a.at.getTime() })))
  return readinessFrom(exam, { read, cards, answers }, now)
}

/** `computeReadiness` from evidence already looked up by id. */
export function readinessFrom(exam: ModelExam, evidence: IndexedEvidence, now: Date): Readiness {
  const P = readinessParameters
  const weights = normalizedWeights(exam.domains.map((d) => d.weight))
  const domainParts: Part[] = []
  const domains: DomainReadiness[] = exam.domains.map((d, di) => {
    const shares = topicShares(d.topics)
    const parts = d.topics.map((t) => topicPart(t, evidence, now.getTime()))
    const part = combine(parts, shares)
    domainParts.push(part)
    const topics: TopicReadiness[] = d.topics.map((t, i) => ({
      domain: d.id,
      topic: t.id,
      name: t.name,
      examShare: weights[di]! * shares[i]!,
      ...evidenceOf(parts[i]!),
      readiness: toBand(parts[i]!.p, parts[i]!.sd),
    }))
    const enough = part.answers >= P.minDomainAnswers
    return {
      id: d.id,
      name: d.name,
      weight: weights[di]!,
      state: enough ? 'estimate' : 'insufficient-data',
      answersNeeded: Math.max(0, P.minDomainAnswers - part.answers),
      ...evidenceOf(part),
      readiness: enough ? toBand(part.p, part.sd) : null,
      topics,
    }
  })
  const all = combine(domainParts, weights)
  const enough = all.answers >= P.minOverallAnswers
  const band = enough ? toBand(all.p, all.sd) : null
  const examSd = Math.sqrt(all.sd ** 2 + (all.p * (1 - all.p)) / exam.scoredQuestions)
  const examBand = toBand(all.p, examSd)
  const score: ScoreBand | null = band
    ? {
        estimate: scaledScore(all.p, exam),
        low: scaledScore(examBand.low, exam),
        high: scaledScore(examBand.high, exam),
      }
    : null
  const verdict: Verdict | null = band
    ? band.low >= passRawFraction
      ? 'ready'
      : band.high < passRawFraction
        ? 'not-yet'
        : 'borderline'
    : null
  return {
    state: enough ? 'estimate' : 'insufficient-data',
    answers: all.answers,
    answersNeeded: Math.max(0, P.minOverallAnswers - all.answers),
    effectiveAnswers: all.effective,
    readiness: band,
    predictedScore: score,
    passChance: band ? clip(normalCdf((all.p - passRawFraction) / Math.max(examSd, 1e-6))) : null,
    verdict,
    passingScore: exam.passingScore,
    scoreRange: exam.scoreRange,
    coverage: coverageOf(all),
    domains,
    computedAt: now.toISOString(),
  }
}
