import { describe, expect, it } from 'vitest'
import { createAppCore, type AppCoreOptions } from '../../../../../electron/core/app-core'
import { makeCore, migrationsDir, onCleanup, resourcesDir, tempDir } from '../../../helpers'

function options(dataDir: string, now = () => new Date('2026-03-02T09:00:00.000Z')): AppCoreOptions {
  return {
    dataDir,
    resourcesDir,
    migrationsDir,
    mode: 'browser',
    version: 't',
    now,
    gate: { checkOutputs: true },
  }
}

/** Answers a question of a mock right or wrong, from the bundle's answer key. */
function choice(core: ReturnType<typeof makeCore>, questionId: string, right: boolean): string[] {
  const q = core.services.bundle.questions.find((x) => x.id === questionId)!
  const correct = q.options.filter((o) => o.correct).map((o) => o.id)
  return right
    ? correct
    : q.options
        .filter((o) => !o.correct)
        .slice(0, q.choose)
        .map((o) => o.id)
}

describe('mock exams', () => {
  it('resumes after the core is closed and reopened mid-exam, then scores on submit', async () => {
    const dataDir = tempDir()
    let core = createAppCore(options(dataDir))
    onCleanup(() => core.close())
    const started = await core.dispatch('mock:start', { seed: 1234 })
    if (!started.ok) throw new Error(started.error.message)
    const mock = core.services.practice.mocks.get((started.value as { id: string }).id)
    expect(mock.questions).toHaveLength(65)
    expect(mock.timeLimitMs).toBe(180 * 60_000)
    expect(JSON.stringify(mock.questions)).not.toMatch(/"correct":|"explanation":/)

    const [q1, q2, q3] = mock.questions
    const saves = [
      {
        currentIndex: 1,
        timeUsedMs: 60_000,
        questionTimeMs: { [q1!.id]: 60_000 },
        answer: { questionId: q1!.id, chosen: choice(core, q1!.id, true) },
      },
      {
        currentIndex: 2,
        timeUsedMs: 150_000,
        questionTimeMs: { [q2!.id]: 90_000 },
        answer: { questionId: q2!.id, chosen: choice(core, q2!.id, false) },
      },
      {
        currentIndex: 2,
        timeUsedMs: 170_000,
        questionTimeMs: { [q3!.id]: 20_000 },
        flag: { questionId: q3!.id, flagged: true },
      },
      {
        currentIndex: 3,
        timeUsedMs: 200_000,
        questionTimeMs: { [q3!.id]: 50_000 },
        answer: { questionId: q3!.id, chosen: choice(core, q3!.id, true) },
      },
    ]
    for (const s of saves) expect((await core.dispatch('mock:save', { id: mock.id, ...s })).ok).toBe(true)
    core.close()

    core = createAppCore(options(dataDir))
    const active = core.services.practice.mocks.active().mock!
    expect(active.id).toBe(mock.id)
    expect(active.questions.map((q) => q.id)).toEqual(mock.questions.map((q) => q.id))
    expect(Object.keys(active.answers).sort()).toEqual([q1!.id, q2!.id, q3!.id].sort())
    expect(active.flags).toEqual([q3!.id])
    expect(active.currentIndex).toBe(3)
    expect(active.timeUsedMs).toBe(200_000)
    expect(active.questionTimeMs[q3!.id]).toBe(50_000)

    const result = core.services.practice.mocks.submit(mock.id, 260_000, {})
    expect(result.summary).toMatchObject({
      status: 'submitted',
      rawCorrect: 2,
      answered: 3,
      total: 65,
      passed: false,
      timeUsedMs: 260_000,
    })
    expect(result.summary.scaledScore).toBe(Math.round(100 + (650 * (2 / 65)) / 0.72))
    expect(result.domains.map((d) => d.total)).toEqual([13, 16, 23, 13])
    expect(result.questions[1]!.correct).toBe(false)
    expect(result.questions[1]!.question.options.every((o) => o.explanation.length > 0)).toBe(true)
    expect(result.questions[2]!.flagged).toBe(true)
    expect(result.weakTopics.length).toBeGreaterThan(0)
    const rows = core.db
      .prepare(
        "SELECT COUNT(*) AS n, SUM(correct) AS c FROM quiz_answers WHERE source = 'mock' AND mock_id = ?",
      )
      .get(mock.id)
    expect(rows).toEqual({ n: 65, c: 2 })
    // Submitting again (a time-out racing a click) gives the same result and records nothing twice.
    expect(core.services.practice.mocks.submit(mock.id, 300_000, {}).summary.scaledScore).toBe(
      result.summary.scaledScore,
    )
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM quiz_answers').get()).toEqual({ n: 65 })
    expect(core.services.practice.mocks.active().mock).toBeNull()
  })

  it('refuses a second mock while one is unfinished, and answers while paused', () => {
    const { services } = makeCore()
    const m = services.practice.mocks.start(5)
    expect(() => services.practice.mocks.start(6)).toThrow(/already in progress/)
    const paused = services.practice.mocks.pause(m.id, 90_000, {})
    expect(paused).toMatchObject({ status: 'paused', timeUsedMs: 90_000 })
    const qid = m.questions[0]!.id
    expect(() =>
      services.practice.mocks.save(m.id, {
        currentIndex: 0,
        timeUsedMs: 95_000,
        questionTimeMs: {},
        answer: { questionId: qid, chosen: ['a'] },
      }),
    ).toThrow(/paused/)
    expect(services.practice.mocks.resume(m.id).status).toBe('in_progress')
  })

  it('keeps the clock monotonic and within the limit, and checks answers against the question', () => {
    const { services } = makeCore()
    const m = services.practice.mocks.start(9)
    const save = services.practice.mocks.save.bind(services.practice.mocks, m.id)
    expect(save({ currentIndex: 0, timeUsedMs: 100_000, questionTimeMs: {} }).timeUsedMs).toBe(100_000)
    expect(save({ currentIndex: 0, timeUsedMs: 50_000, questionTimeMs: {} }).timeUsedMs).toBe(100_000)
    expect(save({ currentIndex: 0, timeUsedMs: 999 * 60_000, questionTimeMs: {} }).timeUsedMs).toBe(
      180 * 60_000,
    )
    const single = m.questions.find((q) => q.choose === 1)!
    expect(() =>
      save({
        currentIndex: 0,
        timeUsedMs: 0,
        questionTimeMs: {},
        answer: { questionId: single.id, chosen: ['a', 'b'] },
      }),
    ).toThrow(/Choose one/)
    expect(() =>
      save({
        currentIndex: 0,
        timeUsedMs: 0,
        questionTimeMs: {},
        answer: { questionId: 'not-in-mock', chosen: ['a'] },
      }),
    ).toThrow(/not part/)
    save({
      currentIndex: 0,
      timeUsedMs: 0,
      questionTimeMs: {},
      answer: { questionId: single.id, chosen: ['a'] },
    })
    save({
      currentIndex: 0,
      timeUsedMs: 0,
      questionTimeMs: {},
      answer: { questionId: single.id, chosen: [] },
    })
    expect(services.practice.mocks.get(m.id).answers).toEqual({})
  })

  it('draws consecutive mocks without repeats and lists them, newest first', () => {
    let t = Date.parse('2026-03-02T09:00:00.000Z')
    const { services } = makeCore({ now: () => new Date((t += 1000)) })
    const a = services.practice.mocks.start(1)
    services.practice.mocks.submit(a.id, 1000, {})
    const b = services.practice.mocks.start(1)
    const shared = b.questions.filter((q) => a.questions.some((x) => x.id === q.id))
    expect(shared).toEqual([])
    const history = services.practice.mocks.history().mocks
    expect(history.map((m) => m.id)).toEqual([b.id, a.id])
    expect(history[1]).toMatchObject({ status: 'submitted', rawCorrect: 0, scaledScore: 100, passed: false })
    expect(() => services.practice.mocks.result(b.id)).toThrow(/not been submitted/)
  })
})
