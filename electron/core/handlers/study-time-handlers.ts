import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { studyTimeContract } from '../../shared/contracts/study-time'

/** The study time channel: one line, forwarding to its service. */
export function studyTimeHandlers(s: AppServices): HandlersFor<keyof typeof studyTimeContract> {
  return {
    'study:timeToday': ({ timeZone }) => s.studyTime.today(timeZone),
  }
}
