// A mock exam being taken: the clock, answers and flags, saved after every change so nothing is lost
// if the app closes. The clock runs only while the exam is on screen and not paused.
import { computed, onBeforeUnmount, reactive, ref } from 'vue'
import type { MockExam, MockResult } from '@shared/contracts/practice-schemas'
import { api } from '@/api'
import { useAppStore } from '@/app-store'
import { MockClock } from './mock-clock'
import { navigatorCounts, navigatorItems } from './mock-navigator'

const heartbeatMs = 15_000

/** The state and actions of one mock exam on screen. */
export function useMockSession(initial: MockExam, onSubmitted: (result: MockResult) => void) {
  const app = useAppStore()
  const mock = reactive({ ...initial, answers: { ...initial.answers }, flags: [...initial.flags] })
  const clock = new MockClock(initial.timeUsedMs, { ...initial.questionTimeMs }, () => performance.now())
  const tick = ref(0)
  const saving = ref(false)
  const submitting = ref(false)
  let chain: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setInterval> | undefined
  let lastBeat = performance.now()

  const question = computed(() => mock.questions[mock.currentIndex] ?? null)
  // The clock is not reactive; reading `tick` makes these recompute on every tick.
  const usedMs = computed(() => {
    void tick.value
    return clock.used()
  })
  const remainingMs = computed(() => Math.max(0, mock.timeLimitMs - usedMs.value))
  const items = computed(() =>
    navigatorItems(
      mock.questions.map((q) => q.id),
      mock.answers,
      mock.flags,
      mock.currentIndex,
    ),
  )
  const counts = computed(() => navigatorCounts(items.value))

  // Saves run one after another, so an answer can never be overwritten by an older request.
  function save(
    extra: {
      answer?: { questionId: string; chosen: string[] }
      flag?: { questionId: string; flagged: boolean }
    } = {},
  ) {
    const input = {
      id: mock.id,
      currentIndex: mock.currentIndex,
      timeUsedMs: clock.used(),
      questionTimeMs: clock.questionTimes(),
      ...extra,
    }
    lastBeat = performance.now()
    saving.value = true
    chain = chain
      .then(() => api['mock:save'](input))
      .catch((err: Error) => app.toast(`Your progress could not be saved: ${err.message}`, 'error'))
      .finally(() => (saving.value = false))
    return chain
  }

  function onTick() {
    tick.value++
    if (mock.status !== 'in_progress' || submitting.value) return
    if (remainingMs.value <= 0) {
      app.toast('Time is up: your mock exam was submitted.', 'info', 6000)
      void submit()
    } else if (performance.now() - lastBeat > heartbeatMs) void save()
  }

  function onHidden() {
    if (document.visibilityState === 'hidden' && mock.status === 'in_progress' && !submitting.value)
      void save()
  }

  async function submit() {
    if (submitting.value) return
    submitting.value = true
    clock.stop()
    try {
      await chain
      onSubmitted(
        await api['mock:submit']({
          id: mock.id,
          timeUsedMs: clock.used(),
          questionTimeMs: clock.questionTimes(),
        }),
      )
    } catch (err) {
      submitting.value = false
      app.toast((err as Error).message, 'error')
    }
  }

  /** Starts the clock (unless the exam was left paused) and the autosave. */
  function begin() {
    if (mock.status === 'in_progress' && question.value) clock.start(question.value.id)
    timer = setInterval(onTick, 250)
    document.addEventListener('visibilitychange', onHidden)
    if (remainingMs.value <= 0 && mock.status === 'in_progress') void submit()
  }

  onBeforeUnmount(() => {
    clearInterval(timer)
    document.removeEventListener('visibilitychange', onHidden)
    if (mock.status === 'in_progress' && !submitting.value) {
      clock.stop()
      void save()
    }
  })

  return {
    mock,
    question,
    remainingMs,
    usedMs,
    items,
    counts,
    saving,
    submitting,
    begin,
    submit,
    /** Records an answer (an empty list clears it). */
    choose(chosen: string[]) {
      const q = question.value
      if (!q || mock.status !== 'in_progress') return
      if (chosen.length) mock.answers[q.id] = chosen
      else delete mock.answers[q.id]
      void save({ answer: { questionId: q.id, chosen } })
    },
    /** Flags the question on screen for review, or unflags it. */
    toggleFlag() {
      const q = question.value
      if (!q || mock.status !== 'in_progress') return
      const flagged = !mock.flags.includes(q.id)
      mock.flags = flagged ? [...mock.flags, q.id] : mock.flags.filter((f) => f !== q.id)
      void save({ flag: { questionId: q.id, flagged } })
    },
    /** Moves to a question. */
    goTo(index: number) {
      if (index < 0 || index >= mock.questions.length || mock.status !== 'in_progress') return
      mock.currentIndex = index
      clock.switchTo(mock.questions[index]!.id)
      void save()
    },
    /** Stops the clock and hides the questions. */
    async pause() {
      if (mock.status !== 'in_progress') return
      clock.stop()
      await chain
      try {
        const paused = await api['mock:pause']({
          id: mock.id,
          timeUsedMs: clock.used(),
          questionTimeMs: clock.questionTimes(),
        })
        mock.status = paused.status
      } catch (err) {
        app.toast((err as Error).message, 'error')
      }
    },
    /** Restarts the clock. */
    async resume() {
      try {
        mock.status = (await api['mock:resume']({ id: mock.id })).status
        if (question.value) clock.start(question.value.id)
      } catch (err) {
        app.toast((err as Error).message, 'error')
      }
    },
  }
}

export type MockSession = ReturnType<typeof useMockSession>
