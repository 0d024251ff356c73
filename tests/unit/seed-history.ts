// A synthetic learner: weeks of reading, flashcard reviews, quizzes and mock exams, written through the real
// services with a moving clock, so the stored history looks exactly like a real one.
import type { AppCore } from '../../electron/core/app-core'

/** The clock the core reads; move `now` to move time. */
export interface Clock {
  now: Date
}

export interface SeedOptions {
  days: number
  seed?: number
  /** Chance of skipping a day (0–1). */
  skipChance?: number
  notesPerDay?: number
  reviewsPerDay?: number
  questionsPerDay?: number
  /** A mock exam every this many days (from the second week); 0 for none. */
  mockEvery?: number
  /** Accuracy on the first day and on the last; it rises in between. */
  accuracy?: [number, number]
}

/** A small seeded random generator (mulberry32), so a seeded history is the same every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MIN = 60_000

/** Studies day after day from the clock's current time; leaves the clock at the end of the last day. */
export function seedHistory(
  core: AppCore,
  clock: Clock,
  o: SeedOptions,
): { daysStudied: number; mocks: number } {
  const rnd = seededRandom(o.seed ?? 1)
  const { notes, practice, bundle } = core.services
  const all = { kind: 'all' as const }
  const [from, to] = o.accuracy ?? [0.5, 0.85]
  const questions = bundle.questions
  const tick = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms))
  const dayStart = clock.now.getTime()
  let nextNote = 0
  let nextQuestion = 0
  let daysStudied = 0
  let mocks = 0
  for (let day = 0; day < o.days; day++) {
    clock.now = new Date(dayStart + day * 24 * 60 * MIN + Math.floor(rnd() * 120) * MIN)
    if (day > 0 && rnd() < (o.skipChance ?? 0.15)) continue
    daysStudied++
    const accuracy = from + ((to - from) * day) / Math.max(1, o.days - 1)
    for (let i = 0; i < (o.notesPerDay ?? 2) && nextNote < bundle.notes.length; i++) {
      notes.setRead(bundle.notes[nextNote++]!.id, true)
      tick(6 * MIN)
    }
    let card = practice.flashcards.queue(all).card
    for (let i = 0; i < (o.reviewsPerDay ?? 25) && card; i++) {
      card = practice.flashcards.grade(card.id, rnd() < accuracy ? 3 : 1, 8000, all).queue.card
      tick(20_000)
    }
    for (let i = 0; i < (o.questionsPerDay ?? 8); i++) {
      const q = questions[nextQuestion++ % questions.length]!
      const right = q.options.filter((x) => x.correct).map((x) => x.id)
      const wrong = q.options
        .filter((x) => !x.correct)
        .slice(0, q.choose)
        .map((x) => x.id)
      practice.quizzes.answer(q.id, rnd() < accuracy ? right : wrong, 60_000, 'quiz')
      tick(MIN)
    }
    if (o.mockEvery && day >= 7 && day % o.mockEvery === 0) {
      const mock = practice.mocks.start(day)
      mock.questions.forEach((asked, index) => {
        const q = bundle.questions.find((x) => x.id === asked.id)!
        const chosen = (
          rnd() < accuracy
            ? q.options.filter((x) => x.correct)
            : q.options.filter((x) => !x.correct).slice(0, q.choose)
        ).map((x) => x.id)
        practice.mocks.save(mock.id, {
          currentIndex: index,
          timeUsedMs: index * 90_000,
          questionTimeMs: {},
          answer: { questionId: q.id, chosen },
        })
      })
      tick(100 * MIN)
      practice.mocks.submit(mock.id, 100 * MIN, {})
      mocks++
    }
  }
  return { daysStudied, mocks }
}
