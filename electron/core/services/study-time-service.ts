import type { StudyTime } from '../../shared/contracts/study-time'
import { addDays, localDay, startOfDay } from '../../shared/readiness/local-days'
import type { StudyTimeRepository } from '../repositories/study-time-repository'

/** The most one review or one answer counts for: past it the learner was most likely away. */
export const studyTimeCaps = { reviewMs: 2 * 60_000, questionMs: 5 * 60_000 }

/** Time studied today in the learner's time zone, for the Today screen's daily minutes goal. */
export class StudyTimeService {
  constructor(
    private readonly repo: StudyTimeRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Minutes of reviews and answers on today's local date. */
  today(timeZone: string): StudyTime {
    const day = localDay(this.now(), timeZone)
    const from = startOfDay(day, timeZone).toISOString()
    const to = startOfDay(addDays(day, 1), timeZone).toISOString()
    const { reviews, answers } = this.repo.between(from, to, studyTimeCaps)
    return {
      day,
      minutes: Math.floor((reviews.ms + answers.ms) / 60_000),
      reviewMs: reviews.ms,
      questionMs: answers.ms,
      reviews: reviews.n,
      questions: answers.n,
    }
  }
}
