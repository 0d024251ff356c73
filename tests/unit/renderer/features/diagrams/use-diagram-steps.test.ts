import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { Diagram } from '../../../../../electron/shared/content/diagram-schema'
import {
  clampStep,
  useDiagramSteps,
} from '../../../../../renderer/src/features/diagrams/components/use-diagram-steps'

const diagram = {
  edges: [
    { id: 'e1', from: 'a', to: 'b' },
    { id: 'e2', from: 'b', to: 'c' },
  ],
  steps: [
    { edge: 'e1', text: 'First the records go from a to b.' },
    { edge: 'e2', text: 'Then they go from b on to c.' },
  ],
} as unknown as Diagram

describe('step clamping', () => {
  it.each([
    [null, 5, null],
    [0, 5, 0],
    [4, 5, 4],
    [9, 5, 4],
    [-3, 5, 0],
    [2.7, 5, 2],
    [Number.NaN, 5, null],
    [0, 0, null],
  ])('clampStep(%s, %s) is %s', (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected)
  })
})

describe('step-through', () => {
  it('highlights the current hop and dims the rest, within the walk-through', () => {
    const steps = useDiagramSteps(
      () => diagram,
      () => true,
    )
    expect(steps.active.value).toBeNull()
    expect(steps.edgeState('e1')).toEqual({ active: false, dim: false })
    steps.toggle()
    expect(steps.current.value).toBe(0)
    expect(steps.edgeState('e1')).toEqual({ active: true, dim: false })
    expect(steps.edgeState('e2')).toEqual({ active: false, dim: true })
    expect(steps.nodeState('a').active && steps.nodeState('b').active).toBe(true)
    expect(steps.nodeState('c')).toEqual({ active: false, dim: true })
    steps.go(7)
    expect(steps.active.value?.edge.id).toBe('e2')
    steps.toggle()
    expect(steps.active.value).toBeNull()
  })

  it('shows no step while disabled (quiz mode)', () => {
    const enabled = ref(true)
    const steps = useDiagramSteps(
      () => diagram,
      () => enabled.value,
    )
    steps.go(1)
    enabled.value = false
    expect(steps.active.value).toBeNull()
    expect(steps.nodeState('b')).toEqual({ active: false, dim: false })
    enabled.value = true
    expect(steps.active.value?.index).toBe(1)
  })
})
