import fs from 'node:fs'
import path from 'node:path'
import { createAppCore, type AppCore } from '../electron/core/app-core'
import { figure, percentile, type Figure } from './stats'

const root = path.resolve(import.meta.dirname, '..')
const DAY = 86_400_000

/** A core on a fresh temporary data folder, over the shipped bundle, with a clock the benchmark can move. */
export function benchCore(now: () => Date): { core: AppCore; dir: string } {
  // On the project's disk, not /tmp (often a RAM disk where fsync costs nothing).
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  const dir = fs.mkdtempSync(path.join(root, 'bench', 'results', 'data-'))
  const core = createAppCore({ dataDir: dir, resourcesDir: path.join(root, 'resources'), migrationsDir: path.join(root, 'electron/core/db/migrations'), mode: 'browser', version: 'bench', now })
  return { core, dir }
}

/**
 * Writes a synthetic history straight into the tables (the services would take hours for a million rows):
 * `reviews` flashcard reviews and `answers` quiz answers spread over `days` days before `end`.
 */
export function insertHistory(core: AppCore, reviews: number, answers: number, days: number, end: Date): void {
  const db = core.db
  const cards = core.services.bundle.cards.map((c) => c.id)
  const questions = core.services.bundle.questions.map((q) => q.id)
  let seed = 99
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const state = (due: Date, reps: number) =>
    JSON.stringify({ due: due.toISOString(), stability: 3 + reps, difficulty: 5, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps, lapses: 0, state: 2, last_review: due.toISOString(), suspended: 0, buried_until: null, updated_at: due.toISOString() })
  const insertReview = db.prepare('INSERT INTO card_reviews (card_id, grade, reviewed_at, elapsed_ms, state_before, state_after, created_row) VALUES (?, ?, ?, ?, ?, ?, 0)')
  const insertAnswer = db.prepare("INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source) VALUES (?, '[\"a\"]', ?, ?, 30000, 'quiz')")
  const upsertCard = db.prepare(`INSERT INTO card_states (card_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, suspended, buried_until, updated_at)
    VALUES (?, ?, ?, 5, 1, 3, 0, ?, 0, 2, ?, 0, NULL, ?) ON CONFLICT(card_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, reps = excluded.reps, last_review = excluded.last_review, updated_at = excluded.updated_at`)
  const reps = new Map<string, number>()
  const start = end.getTime() - days * DAY
  db.transaction(() => {
    for (let i = 0; i < reviews; i++) {
      const at = new Date(start + (i / reviews) * days * DAY)
      const card = cards[Math.floor(rnd() * cards.length)]!
      const r = (reps.get(card) ?? 0) + 1
      reps.set(card, r)
      insertReview.run(card, 1 + Math.floor(rnd() * 4), at.toISOString(), 5000, state(at, r - 1), state(new Date(at.getTime() + 3 * DAY), r))
    }
    for (const [card, r] of reps) {
      const due = new Date(end.getTime() + Math.floor(rnd() * 14) * DAY)
      upsertCard.run(card, due.toISOString(), 3 + r, r, end.toISOString(), end.toISOString())
    }
    for (let i = 0; i < answers; i++) {
      const at = new Date(start + (i / answers) * days * DAY)
      insertAnswer.run(questions[Math.floor(rnd() * questions.length)]!, rnd() < 0.7 ? 1 : 0, at.toISOString())
    }
  })()
  db.pragma('optimize')
}

/** Grade → next card with 100,000 reviews in history, including the synchronous=FULL commit (and its share). */
export async function benchGrade(runs = 300): Promise<Figure[]> {
  const end = new Date('2026-11-26T09:00:00Z')
  let clock = end.getTime()
  const { core, dir } = benchCore(() => new Date(clock))
  insertHistory(core, 100_000, 0, 365, end)
  const cards = core.services.bundle.cards.map((c) => c.id)
  const samples: number[] = []
  for (let i = 0; i < runs + 20; i++) {
    clock += 1000
    const t = process.hrtime.bigint()
    const r = await core.dispatch('cards:grade', { cardId: cards[i % cards.length]!, grade: 3, elapsedMs: 3000, scope: { kind: 'all' } })
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    if (i >= 20) samples.push(ms)
  }
  // The floor of any durable write: one tiny transaction committed with synchronous=FULL. The value changes
  // each time: rewriting identical bytes leaves no page dirty, so SQLite would commit (and fsync) nothing.
  const commit: number[] = []
  const stmt = core.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('bench', ?, 'x') ON CONFLICT(key) DO UPDATE SET value = excluded.value")
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint()
    core.db.transaction(() => stmt.run(String(i)))()
    commit.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  core.close()
  fs.rmSync(dir, { recursive: true, force: true })
  const grade = figure('grade → next card (100k reviews)', samples, { budget: 16, note: `commit share ${((100 * percentile(commit, 0.5)) / percentile(samples, 0.5)).toFixed(0)}%` })
  return [grade, figure('durable commit (synchronous=FULL)', commit)]
}

/** The readiness model and the dashboard's queries over a long history. */
export async function benchReadiness(reviews: number, answers: number, label: string, runs = 15): Promise<Figure[]> {
  const end = new Date('2026-11-26T09:00:00Z')
  const { core, dir } = benchCore(() => end)
  insertHistory(core, reviews, answers, 730, end)
  // An exam date, so the plan the dashboard shows beside its charts is computed in full.
  core.services.readiness.planSettings.update({ examDate: '2027-01-15' })
  const time = async (channel: 'readiness:get' | 'readiness:dashboard' | 'plan:get') => {
    const out: number[] = []
    for (let i = 0; i < runs + 2; i++) {
      const t = process.hrtime.bigint()
      const r = await core.dispatch(channel, { timeZone: 'Europe/Paris' })
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      if (i >= 2) out.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    return out
  }
  const readiness = await time('readiness:get')
  const dashboard = await time('readiness:dashboard')
  const plan = await time('plan:get')
  // The dashboard right after a quiz answer: nothing kept from the request before can be reused for the answers.
  const question = core.services.bundle.questions[0]!.id
  const answer = core.db.prepare("INSERT INTO quiz_answers (question_id, chosen, correct, answered_at, elapsed_ms, source) VALUES (?, '[]', 1, ?, 1000, 'quiz')")
  const afterAnswer: number[] = []
  for (let i = 0; i < runs; i++) {
    answer.run(question, new Date(end.getTime() - 60_000 + i).toISOString())
    const t = process.hrtime.bigint()
    const r = await core.dispatch('readiness:dashboard', { timeZone: 'Europe/Paris' })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    afterAnswer.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  core.close()
  fs.rmSync(dir, { recursive: true, force: true })
  return [
    figure(`readiness model (${label})`, readiness, { budget: label.startsWith('1M') ? 200 : undefined }),
    figure(`dashboard queries (${label})`, dashboard, { budget: label.startsWith('1M') ? 200 : undefined }),
    figure(`dashboard after a new answer (${label})`, afterAnswer, { budget: label.startsWith('1M') ? 200 : undefined }),
    figure(`exam plan, shown with the dashboard (${label})`, plan, { budget: label.startsWith('1M') ? 200 : undefined }),
  ]
}
