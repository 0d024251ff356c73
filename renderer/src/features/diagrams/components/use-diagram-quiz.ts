import { computed, ref } from 'vue'
import type { Diagram, DiagramNode } from '@shared/content/diagram-schema'

// Quiz mode: every node's label is hidden and the learner names it from a shuffled list of all labels.

export interface QuizAnswer {
  nodeId: string
  given: string
  expected: string
  correct: boolean
}
export interface QuizResult {
  correct: number
  total: number
  answers: QuizAnswer[]
}

/** Returns a shuffled copy (Fisher–Yates); `random` is injectable for tests. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}

/** Scores the answers; nodes that share a label accept that label for either of them. */
export function scoreQuiz(
  nodes: readonly DiagramNode[],
  given: Readonly<Record<string, string>>,
): QuizResult {
  const answers = nodes.map((node) => {
    const answer = given[node.id] ?? ''
    return { nodeId: node.id, given: answer, expected: node.label, correct: answer === node.label }
  })
  return { correct: answers.filter((a) => a.correct).length, total: answers.length, answers }
}

/** Quiz state for a diagram: the shuffled options, the learner's answers and the checked result. */
export function useDiagramQuiz(diagram: () => Diagram) {
  const answers = ref<Record<string, string>>({})
  const result = ref<QuizResult | null>(null)
  const seed = ref(0)
  const options = computed(() => {
    void seed.value
    return shuffled([...new Set(diagram().nodes.map((n) => n.label))])
  })
  const answeredCount = computed(() => Object.values(answers.value).filter((a) => a !== '').length)

  function setAnswer(nodeId: string, label: string): void {
    answers.value = { ...answers.value, [nodeId]: label }
  }
  function check(): QuizResult {
    result.value = scoreQuiz(diagram().nodes, answers.value)
    return result.value
  }
  function reset(): void {
    answers.value = {}
    result.value = null
    seed.value++
  }
  function verdict(nodeId: string): 'correct' | 'wrong' | null {
    const answer = result.value?.answers.find((a) => a.nodeId === nodeId)
    return answer ? (answer.correct ? 'correct' : 'wrong') : null
  }

  return { answers, result, options, answeredCount, setAnswer, check, reset, verdict }
}
