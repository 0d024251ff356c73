import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramNode } from '../../../../../electron/shared/content/diagram-schema'
import {
  scoreQuiz,
  shuffled,
  useDiagramQuiz,
} from '../../../../../renderer/src/features/diagrams/components/use-diagram-quiz'

const node = (id: string, label: string): DiagramNode => ({
  id,
  label,
  icon: 'bucket',
  x: 0,
  y: 0,
  w: 100,
  h: 60,
  facts: ['A fact that is long enough.'],
})
const nodes = [
  node('raw', 'Amazon S3'),
  node('curated', 'Amazon S3'),
  node('crawler', 'Glue crawler'),
  node('athena', 'Athena'),
]
const diagram = { nodes } as Diagram

describe('diagram quiz scoring', () => {
  it('counts each box named with its own label, and unanswered boxes as wrong', () => {
    const result = scoreQuiz(nodes, { raw: 'Amazon S3', crawler: 'Athena', athena: 'Athena' })
    expect(result.correct).toBe(2)
    expect(result.total).toBe(4)
    expect(result.answers.map((a) => a.correct)).toEqual([true, false, false, true])
    expect(result.answers[1]).toEqual({ nodeId: 'curated', given: '', expected: 'Amazon S3', correct: false })
  })

  it('accepts a shared label for either of the boxes that carry it', () => {
    expect(scoreQuiz(nodes, { raw: 'Amazon S3', curated: 'Amazon S3' }).correct).toBe(2)
  })

  it('shuffles into a permutation, deterministically for a given random source', () => {
    const items = [1, 2, 3, 4, 5, 6]
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const out = shuffled(items, random)
    expect([...out].sort()).toEqual(items)
    expect(out).not.toEqual(items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6])
    seed = 7
    expect(shuffled(items, random)).toEqual(out)
  })

  it('tracks answers, checks them and resets to a fresh quiz', () => {
    const quiz = useDiagramQuiz(() => diagram)
    expect([...quiz.options.value].sort()).toEqual(['Amazon S3', 'Athena', 'Glue crawler'])
    quiz.setAnswer('raw', 'Amazon S3')
    quiz.setAnswer('crawler', 'Athena')
    quiz.setAnswer('athena', '')
    expect(quiz.answeredCount.value).toBe(2)
    expect(quiz.verdict('raw')).toBeNull()
    const result = quiz.check()
    expect(result.correct).toBe(1)
    expect(quiz.verdict('raw')).toBe('correct')
    expect(quiz.verdict('crawler')).toBe('wrong')
    quiz.reset()
    expect(quiz.result.value).toBeNull()
    expect(quiz.answeredCount.value).toBe(0)
    expect(quiz.verdict('raw')).toBeNull()
  })
})
