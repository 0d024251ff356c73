import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { defaultInputs } from '@shared/calculators/calculator-defaults'
import { calculatorInputsSchemas, type CalculatorInputs } from '@shared/calculators/calculator-inputs'
import type { CalculatorId } from '@shared/content/ids'
import { useCalculatorsStore } from './calculators-store'
import { issueField, localToday, type DraftOf } from './engine/draft'
import type { CalculatorEngine } from './engine/engine-types'
import type { SheetSet } from './engine/sheet-set'

// The calculator page's form state: opened with the last inputs (or the starting example), kept across
// restarts as the learner types, and checked against the saved-inputs schema before anything is stored.

/** The draft of the open calculator, its bill, and the reason it cannot be saved yet. */
export function useCalculatorDraft(
  calcId: Ref<CalculatorId | null>,
  engine: Ref<CalculatorEngine<CalculatorId> | null>,
  set: Ref<SheetSet>,
) {
  const store = useCalculatorsStore()
  const inner = ref<DraftOf<CalculatorId> | null>(null)
  const innerId = ref<CalculatorId | null>(null)
  // Between a route change and the new inputs arriving, the old calculator's draft must not reach the new
  // calculator's engine: the draft only shows for the calculator it belongs to.
  const draft = computed<DraftOf<CalculatorId> | null>({
    get: () => (innerId.value !== null && innerId.value === calcId.value ? inner.value : null),
    set: (value) => {
      inner.value = value
    },
  })
  const loading = ref(false)
  const run = computed(() => (draft.value && engine.value ? engine.value.run(draft.value, set.value) : null))

  const parsed = computed(() =>
    calcId.value && draft.value ? calculatorInputsSchemas[calcId.value].safeParse(draft.value) : null,
  )

  /** Why the inputs cannot be saved, or null when they can. */
  const saveProblem = computed(() => {
    if (run.value === null || run.value.result === null || Object.keys(run.value.errors).length > 0) {
      return 'Fix the marked fields first: a scenario is saved only when it has a total.'
    }
    if (parsed.value && !parsed.value.success) {
      const issue = parsed.value.error.issues[0]
      return issue ? `Not saved yet: ${issueField(issue.path)} ${issue.message}.` : 'Not saved yet.'
    }
    return null
  })

  /** The inputs as they are saved, tagged with their calculator; null while they cannot be saved. */
  function tagged(): CalculatorInputs | null {
    if (saveProblem.value !== null || !calcId.value || !parsed.value?.success) return null
    return { calculator: calcId.value, inputs: parsed.value.data } as CalculatorInputs
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: CalculatorInputs | null = null
  let lastSaved = ''

  /** Stores the pending last inputs now. */
  function flush() {
    clearTimeout(timer)
    const p = pending
    pending = null
    if (p === null) return
    lastSaved = JSON.stringify(p)
    store.saveLastInputs(p).catch(() => {
      // Losing the last inputs is harmless; the next change tries again.
      lastSaved = ''
    })
  }

  watch(
    inner,
    () => {
      if (loading.value) return
      const t = tagged()
      if (t === null || JSON.stringify(t) === lastSaved) return
      pending = t
      clearTimeout(timer)
      timer = setTimeout(flush, 500)
    },
    { deep: true },
  )
  onBeforeUnmount(flush)

  /** Opens a calculator with its last inputs, or its starting example. */
  async function open(id: CalculatorId) {
    flush()
    loading.value = true
    inner.value = null
    try {
      const last = await store.lastInputs(id).catch(() => null)
      if (calcId.value !== id) return
      inner.value = last ?? defaultInputs(id, localToday())
      innerId.value = id
      lastSaved = last ? JSON.stringify({ calculator: id, inputs: last }) : ''
    } finally {
      loading.value = false
    }
  }

  return { draft, run, saveProblem, tagged, open }
}
