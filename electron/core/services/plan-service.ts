import { addDays, daysBetween, localDay, startOfDay } from '../../shared/readiness/local-days'
import type { Plan } from '../../shared/readiness/plan-schemas'
import {
  dailyTargets,
  finishDay,
  mockDue,
  paceOf,
  projectSchedule,
  withinLimits,
  type PlanDay,
  type PlanOptions,
  type Remaining,
  type Targets,
} from '../../shared/readiness/study-plan'
import type { AnswerRow, ReadinessRepository } from '../repositories/readiness-repository'
import type { PracticeSettingsService } from './practice-settings-service'
import type { PlanSettingsService } from './plan-settings-service'
import type { ReadinessContent } from './readiness-content'

const heavyNotesPerDay = 8
const scheduleDays = 180

/** When each item was first done: a note read, a card first studied, a question first answered. */
interface Firsts {
  notes: Map<string, number>
  cards: Map<string, number>
  questions: Map<string, number>
}

/** The exam-date plan: days left and today's goals, recomputed each day from what is left. */
export class PlanService {
  constructor(
    private readonly content: ReadinessContent,
    private readonly repo: ReadinessRepository,
    private readonly settings: PlanSettingsService,
    private readonly practiceSettings: PracticeSettingsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The plan for today in the learner's time zone. */
  plan(timeZone: string): Plan {
    const now = this.now()
    const settings = this.settings.get()
    const newCardsPerDay = this.practiceSettings.get().newCardsPerDay
    const options: PlanOptions = {
      newCardsPerDay,
      mockEveryDays: settings.mockEveryDays,
      dailyQuestions: settings.dailyQuestions,
    }
    const today = localDay(now, timeZone)
    const startToday = startOfDay(today, timeZone).getTime()
    const startYesterday = startOfDay(addDays(today, -1), timeZone).getTime()
    const answerRows = this.repo.answerEvents()
    const answers = answerRows.map((a) => Date.parse(a.answered_at))
    const firsts = this.firsts(answerRows)
    const total = {
      notes: this.content.noteIds.size,
      cards: this.content.cardIds.size,
      questions: this.content.questionIds.size,
    }
    // What was done in a span: notes first read, cards first studied, and questions answered (every answer).
    const doneIn = (from: number, to: number): Targets => ({
      notes: countIn(firsts.notes.values(), from, to),
      newCards: countIn(firsts.cards.values(), from, to),
      questions: countIn(answers, from, to),
    })
    const remainingAt = (t: number): Remaining => ({
      notes: total.notes - countIn(firsts.notes.values(), -Infinity, t),
      newCards: total.cards - countIn(firsts.cards.values(), -Infinity, t),
      questions: total.questions - countIn(firsts.questions.values(), -Infinity, t),
    })
    const remaining = remainingAt(startToday)
    const mocks = this.repo.submittedMocks().map((m) => localDay(new Date(m.submitted_at), timeZone))
    const lastMockDay = mocks.filter((d) => d < today).at(-1) ?? null
    const base = { settings, newCardsPerDay, today, remaining, total, lastMockDay }
    const empty = {
      goals: null,
      notesToRead: [],
      yesterday: null,
      finishesOn: null,
      warnings: [],
      schedule: [],
    }
    if (!settings.examDate) return { state: 'no-exam-date', daysLeft: null, ...base, ...empty }
    const daysLeft = daysBetween(today, settings.examDate)
    if (daysLeft < 0) return { state: 'exam-passed', daysLeft, ...base, ...empty }
    if (daysLeft === 0) return { state: 'exam-day', daysLeft, ...base, ...empty }

    // Today's targets come from what was left when today began, so they hold still while the learner works.
    const needed = dailyTargets(remaining, daysLeft, options)
    const targets = withinLimits(needed, options)
    const done = doneIn(startToday, Infinity)
    const endToday = startOfDay(addDays(today, 1), timeZone).getTime()
    const reviewsToday = this.repo.repeatReviewsSince(new Date(startToday))
    const dueNow = this.repo
      .cardMemories()
      .filter((c) => c.suspended === 0 && Date.parse(c.due) < endToday).length
    const readShare = total.notes ? 1 - remaining.notes / total.notes : 1
    const schedule = projectSchedule(
      { today, examDate: settings.examDate, remaining, totalNotes: total.notes, lastMockDay },
      options,
    ).slice(0, scheduleDays)
    const started = this.settings.startedAt()
    const read = new Set(firsts.notes.keys())
    return {
      state: 'active',
      daysLeft,
      ...base,
      goals: {
        notes: { target: targets.notes, done: done.notes },
        newCards: { target: targets.newCards, done: done.newCards },
        reviews: { target: dueNow + reviewsToday, done: reviewsToday },
        questions: { target: targets.questions, done: done.questions },
        mock: {
          due: mockDue(today, settings.examDate, lastMockDay, readShare, options),
          done: mocks.includes(today),
        },
      },
      notesToRead: this.content.notesInOrder
        .filter((n) => !read.has(n.id))
        .slice(0, Math.max(0, targets.notes - done.notes))
        .map((n) => ({ id: n.id, title: n.title })),
      yesterday:
        started && started.getTime() < startYesterday
          ? yesterdayOf(
              remainingAt(startYesterday),
              doneIn(startYesterday, startToday),
              daysLeft + 1,
              options,
            )
          : null,
      finishesOn: finishDay(schedule),
      warnings: warningsFor(needed, schedule, remaining, options),
      schedule,
    }
  }

  private firsts(answers: readonly AnswerRow[]): Firsts {
    const notes = new Map<string, number>()
    for (const r of this.repo.noteReads())
      if (this.content.noteIds.has(r.note_id)) notes.set(r.note_id, Date.parse(r.read_at))
    const cards = new Map<string, number>()
    for (const [id, at] of this.repo.firstReviews([...this.content.cardIds])) cards.set(id, Date.parse(at))
    const questions = new Map<string, number>()
    for (const a of answers) {
      if (this.content.questionIds.has(a.question_id) && !questions.has(a.question_id))
        questions.set(a.question_id, Date.parse(a.answered_at))
    }
    return { notes, cards, questions }
  }
}

function countIn(times: Iterable<number>, from: number, to: number): number {
  let n = 0
  for (const t of times) if (t >= from && t < to) n++
  return n
}

/** How yesterday went against the plan as it stood when yesterday began. */
function yesterdayOf(
  left: Remaining,
  done: Targets,
  daysLeft: number,
  options: PlanOptions,
): NonNullable<Plan['yesterday']> {
  const t = withinLimits(dailyTargets(left, daysLeft, options), options)
  return {
    pace: paceOf(t, done),
    notes: { target: t.notes, done: done.notes },
    newCards: { target: t.newCards, done: done.newCards },
    questions: { target: t.questions, done: done.questions },
  }
}

/** What the learner should know about the plan: limits that keep it from finishing, a heavy pace. */
function warningsFor(
  needed: Targets,
  schedule: readonly PlanDay[],
  remaining: Remaining,
  options: PlanOptions,
): string[] {
  const warnings: string[] = []
  const newCards = schedule.reduce((s, d) => s + d.newCards, 0)
  if (needed.newCards > options.newCardsPerDay) {
    const unseen = remaining.newCards - newCards
    warnings.push(
      `Finishing every card needs ${needed.newCards} new cards a day, but the flashcards introduce at most ${options.newCardsPerDay} a day` +
        (unseen > 0 ? `, so ${unseen} cards would still be new on exam day.` : '.') +
        ' Raise the limit in Practice → Review cards, or choose a later exam date.',
    )
  }
  if (needed.notes > heavyNotesPerDay)
    warnings.push(
      `${needed.notes} notes a day is a heavy pace. A later exam date would leave more time for practice.`,
    )
  return warnings
}
