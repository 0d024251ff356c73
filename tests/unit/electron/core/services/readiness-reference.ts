// The readiness model and the dashboard exactly as they were computed before they were made fast with a long
// history: every review read and replayed, each event placed in its day by the zone itself. Kept verbatim as
// the reference the fast implementation must match (readiness-dashboard.test.ts); not used by the app.
import type Database from 'better-sqlite3'
import type { ReadinessContent } from '../../../../../electron/core/services/readiness-content'
import {
  passRawFraction,
  scaledScore as scaleFraction,
} from '../../../../../electron/shared/practice/scaled-score'
import type {
  Activity,
  ActivityDay,
  Dashboard,
  DueForecast,
  HistoryPoint,
  StudyNext,
} from '../../../../../electron/shared/readiness/dashboard-schemas'
import {
  addDays,
  dayRange,
  endOfDay,
  localDay,
  startOfDay,
  streaks,
  type DayKey,
} from '../../../../../electron/shared/readiness/local-days'
import {
  clip,
  combinedSd,
  normalCdf,
  normalizedWeights,
  posterior,
  readinessParameters,
  retrievability,
  toBand,
} from '../../../../../electron/shared/readiness/readiness-math'
import type {
  Answer,
  CardMemory,
  Evidence,
  ModelExam,
  ModelTopic,
} from '../../../../../electron/shared/readiness/readiness-model'
import type {
  Coverage,
  DomainReadiness,
  Readiness,
  ScoreBand,
  TopicReadiness,
  Verdict,
} from '../../../../../electron/shared/readiness/readiness-schemas'

// ---- readiness-math.ts: answerWeight

function answerWeight(difficulty: 1 | 2 | 3, at: Date, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - at.getTime()) / DAY)
  return (
    0.5 ** (ageDays / readinessParameters.halfLifeDays) * readinessParameters.difficultyWeight[difficulty]
  )
}

// ---- readiness-model.ts

const DAY = 86_400_000

/** A fraction of questions right mapped onto the exam's scaled score, as mock exams are scored. */
function scaledScore(fraction: number, exam: Pick<ModelExam, 'scoreRange' | 'passingScore'>): number {
  return scaleFraction(clip(fraction), 1, { range: exam.scoreRange, passMark: exam.passingScore })
}

interface Part {
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

function coverageOf(x: Part): Coverage {
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

function evidenceOf(x: Part) {
  return {
    answers: x.answers,
    effectiveAnswers: x.effective,
    accuracy: x.answers > 0 && x.effective > 0 ? clip(x.success / x.effective) : null,
    memory: x.cards ? clip(x.memorySum / x.cards) : null,
    coverage: coverageOf(x),
  }
}

/** Adds the parts' counts and combines their estimates with the given shares. */
function combine(parts: readonly Part[], shares: readonly number[]): Part {
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

function topicPart(
  t: ModelTopic,
  read: ReadonlySet<string>,
  cards: ReadonlyMap<string, CardMemory>,
  answers: ReadonlyMap<string, Answer[]>,
  now: Date,
): Part {
  const P = readinessParameters
  let memorySum = 0
  let cardsSeen = 0
  for (const id of t.cards) {
    const c = cards.get(id)
    if (!c) continue
    cardsSeen++
    memorySum += retrievability(c.stability, (now.getTime() - c.lastReview.getTime()) / DAY)
  }
  let success = 0
  let effective = 0
  let count = 0
  let tried = 0
  for (const q of t.questions) {
    const list = answers.get(q.id)
    if (!list?.length) continue
    tried++
    for (const a of list) {
      const w = answerWeight(q.difficulty, a.at, now)
      count++
      effective += w
      if (a.correct) success += w
    }
  }
  const notesRead = t.notes.filter((n) => read.has(n)).length
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
function topicShares(topics: readonly ModelTopic[]): number[] {
  return normalizedWeights(topics.map((t) => t.notes.length))
}

/** The readiness estimate, per topic, per domain and for the exam, from the learner's evidence at `now`. */
export function computeReadiness(exam: ModelExam, evidence: Evidence, now: Date): Readiness {
  const P = readinessParameters
  const read = new Set(evidence.noteReads)
  const cards = new Map(
    evidence.cards.filter((c) => c.lastReview.getTime() <= now.getTime()).map((c) => [c.cardId, c]),
  )
  const answers = new Map<string, Answer[]>()
  for (const a of evidence.answers) {
    if (a.at.getTime() > now.getTime()) continue
    const list = answers.get(a.questionId)
    if (list) list.push(a)
    else answers.set(a.questionId, [a])
  }
  const weights = normalizedWeights(exam.domains.map((d) => d.weight))
  const domainParts: Part[] = []
  const domains: DomainReadiness[] = exam.domains.map((d, di) => {
    const shares = topicShares(d.topics)
    const parts = d.topics.map((t) => topicPart(t, read, cards, answers, now))
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

// ---- readiness-history.ts

export interface ReviewEvent {
  cardId: string
  at: Date
  stability: number
}

export interface HistoryEvidence {
  reads: readonly { noteId: string; at: Date }[]
  /** Reviews in time order. */
  reviews: readonly ReviewEvent[]
  answers: readonly Answer[]
}

/** The first local day with any activity, or null. */
export function firstActivityDay(e: HistoryEvidence, timeZone: string): DayKey | null {
  const times = [e.reads[0]?.at, e.reviews[0]?.at, e.answers[0]?.at].filter((d): d is Date => d !== undefined)
  const first = times.reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null)
  return first ? localDay(first, timeZone) : null
}

/**
 * Points from the first activity (at most `maxDays` back) to today: one a day, or one every few days when that
 * would be more than `maxPoints` (today is always the last point).
 */
export function readinessHistory(
  exam: ModelExam,
  e: HistoryEvidence,
  now: Date,
  timeZone: string,
  maxDays = 180,
  maxPoints = 60,
): HistoryPoint[] {
  const first = firstActivityDay(e, timeZone)
  if (!first) return []
  const today = localDay(now, timeZone)
  const from = first < addDays(today, -(maxDays - 1)) ? addDays(today, -(maxDays - 1)) : first
  const memory = new Map<string, CardMemory>()
  const reads = [...e.reads].sort((a, b) => a.at.getTime() - b.at.getTime())
  let r = 0
  const known = new Set<string>()
  const points: HistoryPoint[] = []
  const all = dayRange(from, today)
  const step = Math.ceil(all.length / maxPoints)
  const days = all.filter((_d, i) => (all.length - 1 - i) % step === 0)
  for (const day of days) {
    const end = day === today ? now : new Date(endOfDay(day, timeZone).getTime() - 1)
    while (r < e.reviews.length && e.reviews[r]!.at.getTime() <= end.getTime()) {
      const x = e.reviews[r++]!
      memory.set(x.cardId, { cardId: x.cardId, stability: x.stability, lastReview: x.at })
    }
    while (reads.length && reads[0]!.at.getTime() <= end.getTime()) known.add(reads.shift()!.noteId)
    const model = computeReadiness(
      exam,
      { noteReads: known, cards: [...memory.values()], answers: e.answers },
      end,
    )
    points.push({
      day,
      state: model.state,
      estimate: model.readiness?.estimate ?? null,
      low: model.readiness?.low ?? null,
      high: model.readiness?.high ?? null,
      score: model.predictedScore?.estimate ?? null,
    })
  }
  return points
}

// ---- activity.ts

export interface ActivityEvent {
  kind: 'notes' | 'reviews' | 'questions'
  at: Date
}

/** Counts study events per local day and works out the streaks, as of `now`. */
export function activityByDay(events: readonly ActivityEvent[], now: Date, timeZone: string): Activity {
  const byDay = new Map<DayKey, ActivityDay>()
  for (const e of events) {
    const day = localDay(e.at, timeZone)
    let row = byDay.get(day)
    if (!row) {
      row = { day, notes: 0, reviews: 0, questions: 0, total: 0 }
      byDay.set(day, row)
    }
    row[e.kind]++
    row.total++
  }
  const today = localDay(now, timeZone)
  const { current, longest } = streaks(new Set(byDay.keys()), today)
  return {
    today,
    days: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
    currentStreak: current,
    longestStreak: longest,
    activeDays: byDay.size,
  }
}

/** How many cards fall due on each of the coming `days` local days, and how many are already overdue. */
export function dueForecast(dues: readonly Date[], now: Date, timeZone: string, days = 14): DueForecast {
  const today = localDay(now, timeZone)
  const start = startOfDay(today, timeZone).getTime()
  const counts = new Map<DayKey, number>()
  let overdue = 0
  const last = endOfDay(addDays(today, days - 1), timeZone).getTime()
  for (const due of dues) {
    const t = due.getTime()
    if (t < start) overdue++
    else if (t < last) {
      const day = localDay(due, timeZone)
      counts.set(day, (counts.get(day) ?? 0) + 1)
    }
  }
  return {
    overdue,
    days: Array.from({ length: days }, (_, i) => addDays(today, i)).map((day) => ({
      day,
      count: counts.get(day) ?? 0,
    })),
  }
}

// ---- readiness-repository.ts

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

export interface MockRow {
  id: string
  submitted_at: string
  scaled_score: number
  passed: number
  raw_correct: number
  total: number
}

/** Read-only views of the progress tables that readiness, the dashboard and the plan are computed from. */
export class ReferenceRepository {
  private readonly reads
  private readonly cards
  private readonly reviews
  private readonly answers
  private readonly mocks

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
    this.answers = db.prepare<[], AnswerRow>(
      'SELECT question_id, correct, answered_at FROM quiz_answers ORDER BY answered_at, id',
    )
    this.mocks = db.prepare<[], MockRow>(
      `SELECT id, submitted_at, scaled_score, passed, raw_correct, json_array_length(question_ids) AS total
       FROM mock_exams WHERE status = 'submitted' AND scaled_score IS NOT NULL AND submitted_at IS NOT NULL
       ORDER BY submitted_at`,
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

  /** Every answered question (quizzes, retries and mock exams), oldest first. */
  answerEvents(): AnswerRow[] {
    return this.answers.all()
  }

  /** Every submitted mock exam with its score, oldest first. */
  submittedMocks(): MockRow[] {
    return this.mocks.all()
  }
}

// ---- readiness-service.ts

/** When a studied card next comes up: its due time, or later while it is buried. */
function dueOf(c: CardMemoryRow): Date {
  const due = new Date(c.due)
  const buried = c.buried_until ? new Date(c.buried_until) : null
  return buried && buried > due ? buried : due
}

/** Everything stored that readiness is computed from, read once per request. */
interface Stored {
  reads: { note_id: string; read_at: string }[]
  cards: CardMemoryRow[]
  reviews: ReviewEventRow[]
  answers: AnswerRow[]
}

/** The readiness estimate, what to study next and the dashboard's series, from the stored progress. */
export class ReferenceService {
  constructor(
    private readonly content: ReadinessContent,
    private readonly repo: ReferenceRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The readiness model's estimate now. */
  readiness(): Readiness {
    return this.estimate(this.stored(false))
  }

  /** Readiness and the topics worth studying next, ranked. */
  summary(timeZone: string): { readiness: Readiness; studyNext: StudyNext[] } {
    const stored = this.stored(false)
    const readiness = this.estimate(stored)
    return { readiness, studyNext: this.studyNext(readiness, stored, timeZone) }
  }

  /** Everything the dashboard draws, with days in the learner's time zone. */
  dashboard(timeZone: string): Dashboard {
    const now = this.now()
    const stored = this.stored(true)
    const readiness = this.estimate(stored)
    const { reads, reviews, answers } = stored
    const events: ActivityEvent[] = [
      ...reads.map((r) => ({ kind: 'notes' as const, at: new Date(r.read_at) })),
      ...reviews.map((r) => ({ kind: 'reviews' as const, at: new Date(r.reviewed_at) })),
      ...answers.map((a) => ({ kind: 'questions' as const, at: new Date(a.answered_at) })),
    ]
    const history: HistoryEvidence = {
      reads: reads.map((r) => ({ noteId: r.note_id, at: new Date(r.read_at) })),
      reviews: reviews.map((r) => ({
        cardId: r.card_id,
        at: new Date(r.reviewed_at),
        stability: r.stability,
      })),
      answers: answers.map(toAnswer),
    }
    return {
      readiness,
      studyNext: this.studyNext(readiness, stored, timeZone),
      history: readinessHistory(this.content.exam, history, now, timeZone),
      mocks: this.repo.submittedMocks().map((m) => ({
        id: m.id,
        day: localDay(new Date(m.submitted_at), timeZone),
        submittedAt: m.submitted_at,
        score: m.scaled_score,
        passed: m.passed === 1,
        correct: m.raw_correct,
        total: m.total,
      })),
      activity: activityByDay(events, now, timeZone),
      due: dueForecast(stored.cards.filter((c) => c.suspended === 0).map(dueOf), now, timeZone),
    }
  }

  /** Every topic ranked by the share of the exam it could still win: exam share × (1 − readiness). */
  private studyNext(readiness: Readiness, stored: Stored, timeZone: string): StudyNext[] {
    const read = new Set(stored.reads.map((r) => r.note_id))
    const endOfToday = endOfDay(localDay(this.now(), timeZone), timeZone)
    const due = new Set(
      stored.cards.filter((c) => c.suspended === 0 && dueOf(c) < endOfToday).map((c) => c.card_id),
    )
    const list: StudyNext[] = []
    for (const d of readiness.domains) {
      for (const t of d.topics) {
        const cards = this.content.cardsByTopic.get(`${d.id}/${t.topic}`) ?? []
        list.push({
          domain: d.id,
          domainName: d.name,
          topic: t.topic,
          topicName: t.name,
          examShare: t.examShare,
          readiness: t.readiness,
          answered: t.answers > 0,
          priority: t.examShare * (1 - t.readiness.estimate),
          notes: this.content.notesInOrder
            .filter((n) => n.domain === d.id && n.topic === t.topic)
            .map((n) => ({ id: n.id, title: n.title, read: read.has(n.id) })),
          cards: {
            total: t.coverage.cardsTotal,
            seen: t.coverage.cardsSeen,
            due: cards.filter((c) => due.has(c)).length,
          },
          questions: { total: t.coverage.questionsTotal, tried: t.coverage.questionsTried },
        })
      }
    }
    return list.sort((a, b) => b.priority - a.priority)
  }

  private stored(withReviews: boolean): Stored {
    return {
      reads: this.repo.noteReads(),
      cards: this.repo.cardMemories(),
      reviews: withReviews ? this.repo.reviewEvents() : [],
      answers: this.repo.answerEvents(),
    }
  }

  private estimate(stored: Stored): Readiness {
    const evidence: Evidence = {
      noteReads: stored.reads.map((r) => r.note_id),
      cards: stored.cards.map((c) => ({
        cardId: c.card_id,
        stability: c.stability,
        lastReview: new Date(c.last_review),
      })),
      answers: stored.answers.map(toAnswer),
    }
    return computeReadiness(this.content.exam, evidence, this.now())
  }
}

function toAnswer(a: AnswerRow) {
  return { questionId: a.question_id, correct: a.correct === 1, at: new Date(a.answered_at) }
}
