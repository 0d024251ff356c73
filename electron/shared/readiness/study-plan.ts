// The exam-date plan: spread what is left (notes to read, cards never seen, questions never tried) over the
// days until the exam, keeping the last few days for revision and a mock exam every few days. Recomputed each
// day from what is left at the start of that day, so falling behind raises the next days' targets and getting
// ahead lowers them. Pure: the service gathers the counts, this decides.
import { addDays, daysBetween, type DayKey } from './local-days'

export interface Remaining {
  notes: number
  newCards: number
  questions: number
}

export interface PlanOptions {
  /** The flashcard queue's limit on new cards a day (the plan warns when it needs more). */
  newCardsPerDay: number
  mockEveryDays: number
  /** The least number of questions to answer each day, even when every question has been tried. */
  dailyQuestions: number
}

export interface Targets {
  notes: number
  newCards: number
  questions: number
}

export interface PlanDay extends Targets {
  day: DayKey
  mock: boolean
  revision: boolean
}

export interface ProjectionStart {
  today: DayKey
  examDate: DayKey
  remaining: Remaining
  totalNotes: number
  lastMockDay: DayKey | null
}

/**
 * Days kept free of new material before the exam, for revision and a last mock: the last three. With fewer
 * than four days to go (a late plan, or a learner far behind), only the eve, so what is left still fits.
 */
export function revisionDays(daysLeft: number): number {
  if (daysLeft >= 4) return 3
  return daysLeft >= 2 ? 1 : 0
}

/** What one day must cover so that what is left is done when the material days run out. */
export function dailyTargets(remaining: Remaining, daysLeft: number, options: PlanOptions): Targets {
  const materialDays = Math.max(1, daysLeft - revisionDays(daysLeft))
  const share = (n: number) => Math.ceil(Math.max(0, n) / materialDays)
  return {
    notes: share(remaining.notes),
    newCards: share(remaining.newCards),
    questions: Math.max(options.dailyQuestions, share(remaining.questions)),
  }
}

/** Targets the learner can actually meet: new cards no more than the flashcards introduce a day. */
export function withinLimits(t: Targets, options: PlanOptions): Targets {
  return { ...t, newCards: Math.min(t.newCards, options.newCardsPerDay) }
}

/** Whether a mock exam belongs on a day: every `mockEveryDays`, once half the notes are read or the exam is near. */
export function mockDue(
  day: DayKey,
  examDate: DayKey,
  lastMockDay: DayKey | null,
  readShare: number,
  options: PlanOptions,
): boolean {
  const daysLeft = daysBetween(day, examDate)
  if (daysLeft < 1) return false
  if (lastMockDay === null) return readShare >= 0.5 || daysLeft <= options.mockEveryDays
  return daysBetween(lastMockDay, day) >= options.mockEveryDays
}

/** The days from `today` to the eve of the exam, if the learner does exactly what each day asks (within limits). */
export function projectSchedule(start: ProjectionStart, options: PlanOptions): PlanDay[] {
  const days: PlanDay[] = []
  const left = { ...start.remaining }
  let lastMock = start.lastMockDay
  for (let day = start.today; day < start.examDate; day = addDays(day, 1)) {
    const daysLeft = daysBetween(day, start.examDate)
    const t = withinLimits(dailyTargets(left, daysLeft, options), options)
    const notes = Math.min(t.notes, left.notes)
    const newCards = Math.min(t.newCards, left.newCards)
    const readShare = start.totalNotes ? 1 - left.notes / start.totalNotes : 1
    const mock = mockDue(day, start.examDate, lastMock, readShare, options)
    if (mock) lastMock = day
    days.push({ day, notes, newCards, questions: t.questions, mock, revision: notes === 0 && newCards === 0 })
    left.notes -= notes
    left.newCards -= newCards
    left.questions = Math.max(0, left.questions - t.questions)
  }
  return days
}

/** The day the last new material is done in a projection, or null when nothing is left. */
export function finishDay(schedule: readonly PlanDay[]): DayKey | null {
  let last: DayKey | null = null
  for (const d of schedule) if (d.notes > 0 || d.newCards > 0) last = d.day
  return last
}

/** How a day went against its targets: behind when notes or new cards fell short, ahead when both were beaten. */
export function paceOf(targets: Targets, done: Targets): 'behind' | 'on-track' | 'ahead' {
  if (done.notes < targets.notes || done.newCards < targets.newCards) return 'behind'
  const beat = done.notes > targets.notes || done.newCards > targets.newCards
  return beat ? 'ahead' : 'on-track'
}
