// What the Today screen says about the day's plan and the learner's weakest topic, from the backend's answers.
import type { Plan } from '@shared/readiness/plan-schemas'

export interface PlanLine {
  label: string
  done: number
  target: number
}

/** Today's goals as lines (done of target), leaving out goals with nothing to do. */
export function planLines(plan: Plan | null): PlanLine[] {
  const g = plan?.goals
  if (!g) return []
  const lines: PlanLine[] = [
    { label: 'Notes to read', ...g.notes },
    { label: 'New cards', ...g.newCards },
    { label: 'Card reviews', ...g.reviews },
    { label: 'Questions', ...g.questions },
  ]
  if (g.mock.due) lines.push({ label: 'Mock exam', done: g.mock.done ? 1 : 0, target: 1 })
  return lines.filter((l) => l.target > 0)
}

/** The share of today's plan done, 0–1, each goal capped at its target; null when nothing is planned. */
export function planProgress(lines: PlanLine[]): number | null {
  const target = lines.reduce((s, l) => s + l.target, 0)
  if (!target) return null
  return lines.reduce((s, l) => s + Math.min(l.done, l.target), 0) / target
}

/** "in 12 days", "tomorrow", "today", or "3 days ago". */
export function daysText(daysLeft: number): string {
  if (daysLeft === 0) return 'today'
  if (daysLeft === 1) return 'tomorrow'
  if (daysLeft > 1) return `in ${daysLeft} days`
  return daysLeft === -1 ? 'yesterday' : `${-daysLeft} days ago`
}

/** Minutes studied today against the daily goal: "12 of 30 minutes", and the share done (0–1). */
export function minutesGoal(minutes: number, goal: number): { text: string; done: number; met: boolean } {
  const done = goal > 0 ? Math.min(1, minutes / goal) : 0
  const unit = goal === 1 ? 'minute' : 'minutes'
  return { text: `${minutes} of ${goal} ${unit}`, done, met: minutes >= goal }
}
