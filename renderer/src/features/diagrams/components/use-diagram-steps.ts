import { computed, ref } from 'vue'
import type { Diagram } from '@shared/content/diagram-schema'

// Step-through: one hop of the diagram's walk-through at a time, with its edge and two nodes highlighted.

/** Keeps a step index inside the diagram's steps, or returns null when there is no step to show. */
export function clampStep(step: number | null, count: number): number | null {
  if (step === null || count === 0 || Number.isNaN(step)) return null
  return Math.min(Math.max(0, Math.trunc(step)), count - 1)
}

/** The current step of `diagram` (shown only while `enabled` is true) and what it highlights. */
export function useDiagramSteps(diagram: () => Diagram, enabled: () => boolean) {
  const current = ref<number | null>(null)

  const active = computed(() => {
    const index = current.value
    if (index === null || !enabled()) return null
    const step = diagram().steps[index]
    const edge = step && diagram().edges.find((e) => e.id === step.edge)
    return step && edge ? { index, step, edge } : null
  })
  const activeNodes = computed(
    () => new Set(active.value ? [active.value.edge.from, active.value.edge.to] : []),
  )

  function go(index: number | null): void {
    current.value = clampStep(index, diagram().steps.length)
  }
  function toggle(): void {
    go(current.value === null ? 0 : null)
  }
  function edgeState(edgeId: string): { active: boolean; dim: boolean } {
    const isActive = active.value?.edge.id === edgeId
    return { active: isActive, dim: active.value !== null && !isActive }
  }
  function nodeState(nodeId: string): { active: boolean; dim: boolean } {
    const isActive = activeNodes.value.has(nodeId)
    return { active: isActive, dim: active.value !== null && !isActive }
  }

  return { current, active, go, toggle, edgeState, nodeState }
}
