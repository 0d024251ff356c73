// The mock exam's clock: total time and time per question, counted only while the exam is on screen
// and not paused. `now` is injected so tests can move time by hand.

export class MockClock {
  private runningSince: number | null = null
  private questionSince: number | null = null
  private question: string | null = null

  constructor(
    private usedMs: number,
    private readonly perQuestion: Record<string, number>,
    private readonly now: () => number,
  ) {}

  /** Starts (or restarts) counting, on a question. */
  start(questionId: string): void {
    const t = this.now()
    this.runningSince ??= t
    this.question = questionId
    this.questionSince = t
  }

  /** Stops counting, keeping what was counted. */
  stop(): void {
    this.commitQuestion()
    if (this.runningSince !== null) this.usedMs += this.now() - this.runningSince
    this.runningSince = null
    this.question = null
  }

  /** Moves the per-question count to another question. */
  switchTo(questionId: string): void {
    this.commitQuestion()
    if (this.runningSince !== null) {
      this.question = questionId
      this.questionSince = this.now()
    }
  }

  get running(): boolean {
    return this.runningSince !== null
  }

  /** Total time used so far, in whole ms. */
  used(): number {
    return Math.round(this.usedMs + (this.runningSince !== null ? this.now() - this.runningSince : 0))
  }

  /** Time per question so far, including the question on screen, in whole ms. */
  questionTimes(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [id, ms] of Object.entries(this.perQuestion)) out[id] = Math.round(ms)
    if (this.question !== null && this.questionSince !== null) {
      out[this.question] = Math.round(
        (this.perQuestion[this.question] ?? 0) + this.now() - this.questionSince,
      )
    }
    return out
  }

  private commitQuestion(): void {
    if (this.question !== null && this.questionSince !== null) {
      const t = this.now()
      this.perQuestion[this.question] = (this.perQuestion[this.question] ?? 0) + t - this.questionSince
      this.questionSince = t
    }
  }
}
