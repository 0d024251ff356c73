import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load-content'
import { resourcesDir } from '../helpers'

const { bundle } = loadContent(resourcesDir)
const { blueprint } = bundle

describe('the content bundle’s quality gates', () => {
  it('has at least 400 flashcards and 300 questions', () => {
    expect(bundle.cards.length).toBeGreaterThanOrEqual(400)
    expect(bundle.questions.length).toBeGreaterThanOrEqual(300)
  })

  it('has enough questions per domain for four full mock exams without repeats, in the blueprint’s proportions', () => {
    for (const d of blueprint.domains) {
      const perMock = Math.round((blueprint.questionCount * d.weight) / 100)
      const have = bundle.questions.filter((q) => q.domain === d.id).length
      expect(have, d.id).toBeGreaterThanOrEqual(4 * perMock)
    }
  })

  it('keeps each domain’s share of the question bank within five points of its exam weight', () => {
    const total = bundle.questions.length
    for (const d of blueprint.domains) {
      const share = (100 * bundle.questions.filter((q) => q.domain === d.id).length) / total
      expect(Math.abs(share - d.weight), `${d.id}: ${share.toFixed(1)}%`).toBeLessThanOrEqual(5)
    }
  })

  it('has a note in every topic of the blueprint and cards and questions for every domain', () => {
    for (const d of blueprint.domains) {
      for (const t of d.topics) expect(bundle.notes.some((n) => n.domain === d.id && n.topic === t.id), `${d.id}/${t.id}`).toBe(true)
      expect(bundle.cards.some((c) => bundle.noteById.get(c.note)?.domain === d.id)).toBe(true)
    }
  })

  it('says how many to choose in every multiple-answer question, and explains every option', () => {
    const words = ['', '', 'two', 'three', 'four']
    for (const q of bundle.questions) {
      if (q.type === 'multiple') expect(q.stem, q.id).toMatch(new RegExp(`choose ${words[q.choose]}`, 'i'))
      for (const o of q.options) expect(o.explanation.trim().length, `${q.id}/${o.id}`).toBeGreaterThan(10)
    }
  })

  it('spreads the correct answers of single-answer questions over the option letters', () => {
    const counts = new Map<string, number>()
    for (const q of bundle.questions.filter((q) => q.type === 'single')) {
      const id = q.options.find((o) => o.correct)!.id
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    const single = bundle.questions.filter((q) => q.type === 'single').length
    for (const letter of ['a', 'b', 'c', 'd']) expect(counts.get(letter) ?? 0, letter).toBeGreaterThan(single * 0.12)
  })

  it('gives every note an exam tip and a source, and every card a note of its own domain’s bundle', () => {
    for (const n of bundle.notes) {
      expect(n.body, n.id).toMatch(/^::: tip/m)
      expect(n.sources.length, n.id).toBeGreaterThan(0)
    }
  })

  it('teaches the facts that changed since the course in a “changed since the course” callout', () => {
    const changed = (id: string) => bundle.noteById.get(id)?.body.match(/^::: changed/m) !== null
    for (const id of ['kinesis-data-streams', 'managed-service-for-apache-flink', 'data-firehose', 'quicksight-pricing', 'aws-data-pipeline', 'elastic-inference-and-successors', 'deeplens', 'forecast']) {
      expect(changed(id), id).toBe(true)
    }
  })
})
