import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppCore } from '../../../../../electron/core/app-core'
import { copyBundle, makeCore, migrationsDir, onCleanup, tempDir } from '../../../helpers'

describe('practice insights', () => {
  it('ranks the topics with the most recent misses first, with notes to reread', () => {
    const { services } = makeCore()
    const streaming = services.bundle.questions.filter((q) => q.topic === 'streaming').slice(0, 3)
    const security = services.bundle.questions.filter((q) => q.topic === 'security').slice(0, 2)
    for (const q of streaming)
      services.practice.quizzes.answer(
        q.id,
        q.options
          .filter((o) => !o.correct)
          .slice(0, q.choose)
          .map((o) => o.id),
        1000,
        'quiz',
      )
    services.practice.quizzes.answer(
      security[0]!.id,
      security[0]!.options.filter((o) => o.correct).map((o) => o.id),
      1000,
      'quiz',
    )
    services.practice.quizzes.answer(
      security[1]!.id,
      security[1]!.options
        .filter((o) => !o.correct)
        .slice(0, security[1]!.choose)
        .map((o) => o.id),
      1000,
      'quiz',
    )
    const { topics } = services.practice.insights.weakTopics()
    expect(topics.map((t) => [t.topic, t.missed, t.answered])).toEqual([
      ['streaming', 3, 3],
      ['security', 1, 2],
    ])
    expect(topics[0]!.notes.length).toBeGreaterThan(0)
    expect(topics[0]!.topicName).toBe('Streaming')
  })

  it('keeps and reports progress on cards and questions that left the bundle', () => {
    const dataDir = tempDir()
    const resourcesDir = copyBundle()
    const open = () => createAppCore({ dataDir, resourcesDir, migrationsDir, mode: 'browser', version: 't' })
    let core = open()
    const card = core.services.practice.flashcards.queue({ kind: 'note', id: 's3-overview' }).card!
    core.services.practice.flashcards.grade(card.id, 3, 1000, { kind: 'all' })
    const q = core.services.bundle.questions.find((x) => x.id === 'de-q-001')!
    core.services.practice.quizzes.answer(q.id, ['a'], 1000, 'quiz')
    expect(core.services.practice.insights.orphans()).toEqual({ cards: [], questions: [] })
    core.close()

    for (const [dir, id] of [
      ['cards', card.id],
      ['questions', q.id],
    ] as const) {
      for (const f of fs.readdirSync(path.join(resourcesDir, dir))) {
        const file = path.join(resourcesDir, dir, f)
        const items = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }[]
        fs.writeFileSync(file, JSON.stringify(items.filter((x) => x.id !== id)))
      }
    }
    core = open()
    onCleanup(() => core.close())
    expect(core.services.practice.insights.orphans()).toEqual({
      cards: [{ id: card.id, reviews: 1 }],
      questions: [{ id: q.id, answers: 1 }],
    })
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM card_states WHERE card_id = ?').get(card.id)).toEqual({
      n: 1,
    })
    expect(core.services.practice.flashcards.overview().counts.learning).toBe(0)
    expect(core.services.practice.quizzes.overview().answered).toBe(0)
  })
})
