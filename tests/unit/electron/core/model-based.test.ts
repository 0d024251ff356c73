import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAppCore, type AppCore } from '../../../../electron/core/app-core'
import { migrationsDir, onCleanup, resourcesDir, tempDir } from '../../helpers'

/** What the database should hold, kept by hand beside the real app. */
interface Model {
  reviews: number[]
  answers: number
  theme: 'system' | 'light' | 'dark'
  backups: number
}

interface Real {
  core: AppCore
  dataDir: string
  cards: string[]
  questions: string[]
}

const open = (dataDir: string) => createAppCore({ dataDir, resourcesDir, migrationsDir, mode: 'browser', version: 't' })

/** After every step the database must equal the model. */
function check(m: Model, r: Real): void {
  const db = r.core.db
  expect(db.prepare('SELECT count(*) FROM card_reviews WHERE undone_at IS NULL').pluck().get()).toBe(m.reviews.length)
  expect(db.prepare('SELECT count(*) FROM quiz_answers').pluck().get()).toBe(m.answers)
  expect(r.core.services.settings.get().theme).toBe(m.theme)
  expect(r.core.services.data.list().length).toBe(m.backups)
  const reps = db.prepare('SELECT coalesce(sum(reps), 0) FROM card_states').pluck().get()
  expect(reps).toBe(m.reviews.length)
}

class Review implements fc.AsyncCommand<Model, Real> {
  constructor(readonly card: number, readonly grade: 1 | 2 | 3 | 4) {}
  check = () => true
  async run(m: Model, r: Real) {
    const res = await r.core.dispatch('cards:grade', { cardId: r.cards[this.card % r.cards.length]!, grade: this.grade, elapsedMs: 1000, scope: { kind: 'all' } })
    expect(res.ok).toBe(true)
    if (res.ok) m.reviews.push((res.value as { reviewId: number }).reviewId)
    check(m, r)
  }
  toString = () => `review(${this.card}, ${this.grade})`
}

class Undo implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.reviews.length > 0
  async run(m: Model, r: Real) {
    const res = await r.core.dispatch('cards:undo', { reviewId: m.reviews.at(-1)!, scope: { kind: 'all' } })
    expect(res.ok).toBe(true)
    m.reviews.pop()
    check(m, r)
  }
  toString = () => 'undo'
}

class Answer implements fc.AsyncCommand<Model, Real> {
  constructor(readonly question: number, readonly option: 'a' | 'b' | 'c' | 'd') {}
  check = () => true
  async run(m: Model, r: Real) {
    const q = r.core.services.bundle.questions[this.question % r.core.services.bundle.questions.length]!
    // As many options as the question asks for, starting from the drawn one.
    const ids = q.options.map((o) => o.id)
    const from = Math.max(0, ids.indexOf(this.option))
    const chosen = [...ids.slice(from), ...ids.slice(0, from)].slice(0, q.choose)
    const res = await r.core.dispatch('quiz:answer', { questionId: q.id, chosen, elapsedMs: 20_000, source: 'quiz' })
    expect(res.ok).toBe(true)
    m.answers++
    check(m, r)
  }
  toString = () => `answer(${this.question}, ${this.option})`
}

class SetTheme implements fc.AsyncCommand<Model, Real> {
  constructor(readonly theme: Model['theme']) {}
  check = () => true
  async run(m: Model, r: Real) {
    expect((await r.core.dispatch('settings:update', { theme: this.theme })).ok).toBe(true)
    m.theme = this.theme
    check(m, r)
  }
  toString = () => `theme(${this.theme})`
}

class Backup implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(m: Model, r: Real) {
    expect((await r.core.dispatch('backups:create', {})).ok).toBe(true)
    m.backups = Math.min(m.backups + 1, 10)
    check(m, r)
  }
  toString = () => 'backup'
}

class CrashAndReopen implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(m: Model, r: Real) {
    // The connection is dropped without the clean-shutdown steps, as a crash would leave it.
    r.core.db.close()
    r.core = open(r.dataDir)
    onCleanup(() => r.core.close())
    check(m, r)
  }
  toString = () => 'crash-and-reopen'
}

describe('the progress store against a model', () => {
  it('equals the model after every review, answer, undo, setting, backup and crash', async () => {
    const commands = [
      fc.tuple(fc.nat(), fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4)).map(([c, g]) => new Review(c, g)),
      fc.constant(new Undo()),
      fc.tuple(fc.nat(), fc.constantFrom<'a' | 'b' | 'c' | 'd'>('a', 'b', 'c', 'd')).map(([q, o]) => new Answer(q, o)),
      fc.constantFrom<Model['theme']>('system', 'light', 'dark').map((t) => new SetTheme(t)),
      fc.constant(new Backup()),
      fc.constant(new CrashAndReopen()),
    ]
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const dataDir = tempDir()
        const core = open(dataDir)
        const real: Real = { core, dataDir, cards: core.services.bundle.cards.map((c) => c.id), questions: core.services.bundle.questions.map((q) => q.id) }
        try {
          const model: Model = { reviews: [], answers: 0, theme: 'system', backups: 0 }
          await fc.asyncModelRun(() => ({ model, real }), cmds)
        } finally {
          real.core.close()
        }
      }),
      { numRuns: 12 },
    )
  }, 600_000)
})
