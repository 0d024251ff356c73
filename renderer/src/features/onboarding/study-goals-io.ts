// Where each first-run choice is kept: the exam date in the plan's settings, new cards a day in the flashcard
// settings; minutes and theme in the app's settings (saved by the settings store).
import type { Settings } from '@shared/api'
import { api } from '@/api'
import type { StudyGoals } from './study-goals'

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

/** Saves the goals through the plan and flashcard channels; the app settings are saved by the caller's store. */
export async function saveStudyGoals(g: StudyGoals): Promise<void> {
  await Promise.all([
    api['plan:updateSettings']({ examDate: g.examDate || null }),
    api['practice:updateSettings']({ newCardsPerDay: g.newCardsPerDay }),
  ])
}
