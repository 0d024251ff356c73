// The first-run choices and where each is kept: the exam date in the plan's settings, new cards a day in the
// flashcard settings, minutes and theme in the app's settings.
import type { Settings } from '@shared/api'
import { api } from '@/api'

export interface StudyGoals {
  examDate: string
  newCardsPerDay: number
  dailyMinutes: number
  theme: Settings['theme']
}

/** Reads the current goals from the three settings channels. */
export async function loadStudyGoals(settings: Settings): Promise<StudyGoals> {
  const [plan, practice] = await Promise.all([api['plan:settings']({}), api['practice:settings']({})])
  return {
    examDate: plan.examDate ?? '',
    newCardsPerDay: practice.newCardsPerDay,
    dailyMinutes: settings.dailyMinutes,
    theme: settings.theme,
  }
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

/** Saves the goals through the plan and flashcard channels; the app settings are saved by the caller's store. */
export async function saveStudyGoals(g: StudyGoals): Promise<void> {
  await Promise.all([
    api['plan:updateSettings']({ examDate: g.examDate || null }),
    api['practice:updateSettings']({ newCardsPerDay: g.newCardsPerDay }),
  ])
}
