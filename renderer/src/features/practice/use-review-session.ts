// One review session: scheduled (each grade goes to FSRS) or cram (the schedule is never touched).
import { computed, ref, shallowRef } from 'vue'
import type { ReviewQueue, Scope, StudyCard } from '@shared/contracts/practice-schemas'
import { api } from '@/api'
import { useAppStore } from '@/app-store'
import { cramGrade, type CramState } from './cram-queue'

type Undo =
  | { kind: 'grade'; reviewId: number }
  | { kind: 'bury' | 'suspend'; cardId: string }
  | { kind: 'cram'; state: CramState<StudyCard> }

// Like Anki, a long pause on one card is not counted as thinking time.
const maxAnswerMs = 60_000

/** The state and actions of a review session over a scope. */
export function useReviewSession(scope: Scope, mode: 'schedule' | 'cram') {
  const app = useAppStore()
  const queue = shallowRef<ReviewQueue | null>(null)
  const cram = shallowRef<CramState<StudyCard> | null>(null)
  const revealed = ref(false)
  const busy = ref(false)
  const undoStack = ref<Undo[]>([])
  let shownAt = performance.now()

  const card = computed<StudyCard | null>(() =>
    mode === 'cram' ? (cram.value?.queue[0] ?? null) : (queue.value?.card ?? null),
  )
  const left = computed(() => {
    if (mode === 'cram') return cram.value?.queue.length ?? 0
    const c = queue.value?.counts
    return c ? c.new + c.learning + c.review : 0
  })

  function show(next: ReviewQueue) {
    queue.value = next
    revealed.value = false
    shownAt = performance.now()
  }

  async function run(fn: () => Promise<void>) {
    if (busy.value) return
    busy.value = true
    try {
      await fn()
    } catch (err) {
      app.toast((err as Error).message, 'error')
    } finally {
      busy.value = false
    }
  }

  return {
    queue,
    cram,
    card,
    left,
    revealed,
    busy,
    canUndo: computed(() => undoStack.value.length > 0),
    /** Loads the first card. */
    start: (limit = 50) =>
      run(async () => {
        if (mode === 'cram')
          cram.value = { queue: (await api['cards:cram']({ scope, limit })).cards, done: 0, again: 0 }
        else show(await api['cards:queue']({ scope }))
        revealed.value = false
        shownAt = performance.now()
      }),
    /** Shows the answer. */
    reveal() {
      if (card.value) revealed.value = true
    },
    /** Grades the card on screen and moves to the next one. */
    grade: (grade: 1 | 2 | 3 | 4) =>
      run(async () => {
        const c = card.value
        if (!c || !revealed.value) return
        if (mode === 'cram') {
          undoStack.value.push({ kind: 'cram', state: cram.value! })
          cram.value = cramGrade(cram.value!, grade)
          revealed.value = false
          return
        }
        const elapsedMs = Math.min(maxAnswerMs, Math.round(performance.now() - shownAt))
        const res = await api['cards:grade']({ cardId: c.id, grade, elapsedMs, scope })
        undoStack.value.push({ kind: 'grade', reviewId: res.reviewId })
        show(res.queue)
      }),
    /** Undoes the last answer (or bury, or suspend), showing that card again. */
    undo: () =>
      run(async () => {
        const last = undoStack.value.pop()
        if (!last) return
        if (last.kind === 'cram') {
          cram.value = last.state
          revealed.value = false
        } else if (last.kind === 'grade')
          show((await api['cards:undo']({ reviewId: last.reviewId, scope })).queue)
        else if (last.kind === 'bury')
          show((await api['cards:setBuried']({ cardId: last.cardId, buried: false, scope })).queue)
        else show((await api['cards:setSuspended']({ cardId: last.cardId, suspended: false, scope })).queue)
        app.toast('Undone.', 'info', 1500)
      }),
    /** Allows `count` more new cards today and shows the first of them. */
    learnMore: (count: number) =>
      run(async () => {
        show((await api['cards:learnMore']({ count, scope })).queue)
      }),
    /** Hides the card until tomorrow. */
    bury: () =>
      run(async () => {
        const c = card.value
        if (!c || mode === 'cram') return
        show((await api['cards:setBuried']({ cardId: c.id, buried: true, scope })).queue)
        undoStack.value.push({ kind: 'bury', cardId: c.id })
        app.toast('Card buried until tomorrow.', 'info', 2000)
      }),
    /** Takes the card out of every queue until it is unsuspended. */
    suspend: () =>
      run(async () => {
        const c = card.value
        if (!c || mode === 'cram') return
        show((await api['cards:setSuspended']({ cardId: c.id, suspended: true, scope })).queue)
        undoStack.value.push({ kind: 'suspend', cardId: c.id })
        app.toast('Card suspended.', 'info', 2000)
      }),
  }
}

export type ReviewSession = ReturnType<typeof useReviewSession>
