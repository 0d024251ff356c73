// The first-run choices and the checks they must pass before they are saved.
import type { Settings } from '@shared/api'

export interface StudyGoals {
  examDate: string
  newCardsPerDay: number
  dailyMinutes: number
  theme: Settings['theme']
}

/** Problems with the goals as typed, by field; empty when they can be saved. */
export function goalProblems(g: StudyGoals, today: string): Partial<Record<keyof StudyGoals, string>> {
  const out: Partial<Record<keyof StudyGoals, string>> = {}
  if (g.examDate && !/^\d{4}-\d{2}-\d{2}$/.test(g.examDate)) out.examDate = 'Enter a date as YYYY-MM-DD.'
  else if (g.examDate && g.examDate < today) out.examDate = 'The exam date is in the past.'
  if (!Number.isInteger(g.newCardsPerDay) || g.newCardsPerDay < 0 || g.newCardsPerDay > 500)
    out.newCardsPerDay = 'Choose 0 to 500 new cards a day.'
  if (!Number.isInteger(g.dailyMinutes) || g.dailyMinutes < 5 || g.dailyMinutes > 480)
    out.dailyMinutes = 'Choose 5 to 480 minutes a day.'
  return out
}
