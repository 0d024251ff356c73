import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../../../../electron/shared/content/diagram-schema'
import type { DiagramQuizAnswer } from '../../../../../electron/shared/contracts/diagrams'
import { sampleInputs } from '../../../channel-samples'
import { copyBundle, makeCore, tempDir } from '../../../helpers'

// A clock the test moves by hand, so "newest first" and "best before" do not depend on timing.
function clock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start)
  return { now: () => new Date(t), tick: (minutes = 1) => (t += minutes * 60_000) }
}

/** Answers naming the first `right` boxes correctly and the rest with a wrong label. */
function answersFor(diagram: Diagram, right: number): DiagramQuizAnswer[] {
  return diagram.nodes.map((n, i) => {
    const wrong = diagram.nodes.find((m) => m.label !== n.label)!.label
    const given = i < right ? n.label : wrong
    return { nodeId: n.id, given, expected: n.label, correct: given === n.label }
  })
}
const submission = (d: Diagram, right: number) => ({
  correct: right,
  total: d.nodes.length,
  answers: answersFor(d, right),
})

describe('diagrams', () => {
  it('lists the ten diagrams in reading order with a sketch, their notes and no score yet', () => {
    const { services } = makeCore()
    const { diagrams } = services.diagrams.list()
    expect(diagrams).toHaveLength(10)
    expect(new Set(diagrams.map((d) => d.id)).size).toBe(10)
    const position = new Map(services.bundle.notes.map((n, i) => [n.id, i]))
    const firstNotes = diagrams.map((d) => position.get(services.bundle.diagrams.get(d.id)!.notes[0]!)!)
    expect(firstNotes).toEqual([...firstNotes].sort((a, b) => a - b))
    for (const summary of diagrams) {
      const d = services.bundle.diagrams.get(summary.id)!
      expect(summary.nodeCount).toBe(d.nodes.length)
      expect(summary.noteIds.slice(0, d.notes.length)).toEqual(d.notes)
      expect(new Set(summary.noteIds).size).toBe(summary.noteIds.length)
      for (const n of d.nodes) if (n.note) expect(summary.noteIds).toContain(n.note)
      expect(summary.preview.nodes).toHaveLength(d.nodes.length)
      expect(summary.preview.edges.length).toBe(d.edges.length)
      expect(summary.preview.edges.flat().every((i) => i >= 0 && i < d.nodes.length)).toBe(true)
      expect(summary.quiz).toEqual({ attempts: 0, best: null })
    }
  })

  it('gives a diagram with every card and question of its notes, and only those', async () => {
    const core = makeCore()
    const res = await core.dispatch('diagrams:get', { id: 'glue-etl' })
    if (!res.ok) throw new Error(res.error.message)
    const detail = core.services.diagrams.get('glue-etl')
    const d = core.services.bundle.diagrams.get('glue-etl')!
    const noteIds = new Set([...d.notes, ...d.nodes.flatMap((n) => (n.note ? [n.note] : []))])
    expect(detail.notes.map((n) => n.id).sort()).toEqual([...noteIds].sort())
    expect(detail.notes.find((n) => n.id === 'glue-etl')!.title).toBe(
      core.services.bundle.noteById.get('glue-etl')!.title,
    )
    const cards = core.services.bundle.cards.filter((c) => noteIds.has(c.note))
    expect(cards.length).toBeGreaterThan(0)
    expect(detail.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id))
    const questions = core.services.bundle.questions.filter((q) => q.notes.some((n) => noteIds.has(n)))
    expect(questions.length).toBeGreaterThan(0)
    expect(detail.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id))
    for (const q of detail.questions) expect(noteIds.has(q.note)).toBe(true)
    expect(Math.max(...[...detail.cards, ...detail.questions].map((x) => x.text.length))).toBeLessThanOrEqual(
      140,
    )
    expect(detail.cards.some((c) => c.text.includes('{{'))).toBe(false)
  })

  it('refuses a diagram that does not exist', async () => {
    const core = makeCore()
    const res = await core.dispatch('diagrams:get', { id: 'no-such-diagram' })
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } })
    const history = await core.dispatch('diagrams:history', { id: 'no-such-diagram' })
    expect(history).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('stores each quiz and reports the best score before it', () => {
    const c = clock()
    const { services } = makeCore({ now: c.now })
    const d = services.bundle.diagrams.get('kinesis-data-streams')!
    const total = d.nodes.length

    const first = services.diagrams.recordQuiz(d.id, submission(d, 4))
    expect(first.previousBest).toBeNull()
    expect(first.attempts).toBe(1)
    expect(first.result).toMatchObject({ diagramId: d.id, diagramTitle: d.title, correct: 4, total })
    expect(first.result.takenAt).toBe('2026-03-01T09:00:00.000Z')

    c.tick()
    const second = services.diagrams.recordQuiz(d.id, submission(d, total))
    expect(second.previousBest).toEqual({ correct: 4, total, takenAt: '2026-03-01T09:00:00.000Z' })
    c.tick()
    const third = services.diagrams.recordQuiz(d.id, submission(d, 2))
    expect(third.previousBest).toMatchObject({ correct: total, takenAt: '2026-03-01T09:01:00.000Z' })
    expect(third.attempts).toBe(3)

    const history = services.diagrams.history(d.id).results
    expect(history.map((r) => r.correct)).toEqual([2, total, 4])
    expect(history[0]!.answers.map((a) => a.nodeId)).toEqual(d.nodes.map((n) => n.id))
    expect(services.diagrams.get(d.id).quiz).toMatchObject({ attempts: 3, best: { correct: total, total } })
    const listed = services.diagrams.list().diagrams.find((x) => x.id === d.id)!
    expect(listed.quiz).toMatchObject({ attempts: 3, best: { correct: total } })
    expect(services.diagrams.list().diagrams.find((x) => x.id === 'glue-etl')!.quiz.attempts).toBe(0)
  })

  it('keeps answers in the diagram order and history across diagrams newest first', () => {
    const c = clock()
    const { services } = makeCore({ now: c.now })
    const a = services.bundle.diagrams.get('athena-data-lake')!
    const b = services.bundle.diagrams.get('s3-encryption')!
    const shuffled = submission(a, 3)
    shuffled.answers.reverse()
    services.diagrams.recordQuiz(a.id, shuffled)
    c.tick()
    services.diagrams.recordQuiz(b.id, submission(b, 5))
    const all = services.diagrams.history().results
    expect(all.map((r) => r.diagramId)).toEqual([b.id, a.id])
    expect(all[1]!.answers.map((x) => x.nodeId)).toEqual(a.nodes.map((n) => n.id))
    expect(all[1]!.answers.filter((x) => x.correct)).toHaveLength(3)
  })

  it('rejects a quiz that does not match the diagram, and stores nothing', () => {
    const { services } = makeCore()
    const d = services.bundle.diagrams.get('glue-etl')!
    const ok = submission(d, 5)
    const bad = [
      { ...ok, total: ok.total + 1 },
      { ...ok, correct: 6 },
      { ...ok, answers: ok.answers.slice(1), total: ok.total },
      { ...ok, answers: [...ok.answers.slice(1), ok.answers[1]!] },
      { ...ok, answers: ok.answers.map((x, i) => (i === 0 ? { ...x, nodeId: 'not-a-box' } : x)) },
      { ...ok, answers: ok.answers.map((x, i) => (i === 9 ? { ...x, correct: true } : x)), correct: 6 },
      { ...ok, answers: ok.answers.map((x, i) => (i === 0 ? { ...x, expected: 'Something else' } : x)) },
    ]
    const messages = bad.map((s) => {
      try {
        services.diagrams.recordQuiz(d.id, s)
        return 'accepted'
      } catch (err) {
        expect(err).toMatchObject({ code: 'validation' })
        return (err as Error).message
      }
    })
    expect(messages).toEqual([
      expect.stringMatching(/^total: .* 14 boxes/),
      expect.stringMatching(/^correct: the answers hold 5/),
      expect.stringMatching(/^answers: every one of the 14 boxes/),
      expect.stringMatching(/answered twice/),
      expect.stringMatching(/not a box of this diagram/),
      expect.stringMatching(/does not match the answer given/),
      expect.stringMatching(/^answers\[0\]\.expected/),
    ])
    expect(() => services.diagrams.recordQuiz('no-such-diagram', ok)).toThrow(/no diagram/)
    expect(services.diagrams.history().results).toEqual([])
  })

  it('answers each sample input through the gate with output that matches the contract', async () => {
    const core = makeCore()
    for (const channel of [
      'diagrams:list',
      'diagrams:get',
      'diagrams:recordQuiz',
      'diagrams:history',
    ] as const) {
      const res = await core.dispatch(channel, sampleInputs[channel])
      expect(res, channel).toMatchObject({ ok: true })
    }
    expect(core.services.diagrams.history().results).toHaveLength(1)
  })

  it('checks the input shape at the gate', async () => {
    const core = makeCore()
    const d = core.services.bundle.diagrams.get('glue-etl')!
    const res = await core.dispatch('diagrams:recordQuiz', { id: d.id, correct: 0, total: 0, answers: [] })
    expect(res).toMatchObject({ ok: false, error: { code: 'validation', field: 'total' } })
    const extra = await core.dispatch('diagrams:history', { id: d.id, limit: 5 })
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } })
  })

  it('keeps scores when the app reopens, even for a diagram no longer in the bundle', () => {
    const dataDir = tempDir()
    const first = makeCore({ dataDir })
    const d = first.services.bundle.diagrams.get('streaming-analytics')!
    first.services.diagrams.recordQuiz(d.id, submission(d, 7))
    first.close()

    const bundle = copyBundle()
    fs.rmSync(path.join(bundle, 'diagrams', `${d.id}.json`))
    const second = makeCore({ dataDir, resourcesDir: bundle })
    const [kept] = second.services.diagrams.history().results
    expect(kept).toMatchObject({ diagramId: d.id, diagramTitle: d.id, correct: 7, total: d.nodes.length })
    expect(second.services.diagrams.list().diagrams.map((x) => x.id)).not.toContain(d.id)
  })
})
