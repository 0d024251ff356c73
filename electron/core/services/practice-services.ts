import type Database from 'better-sqlite3'
import type { ContentBundle } from '../content/load-content'
import { CardReviewRepository } from '../repositories/card-review-repository'
import { MockExamRepository } from '../repositories/mock-exam-repository'
import type { NoteProgressRepository } from '../repositories/note-progress-repository'
import { QuizAnswerRepository } from '../repositories/quiz-answer-repository'
import { SettingsRepository } from '../repositories/settings-repository'
import { FlashcardService } from './flashcard-service'
import { MockExamService } from './mock-exam-service'
import { PracticeContent } from './practice-content'
import { PracticeInsightsService } from './practice-insights-service'
import { PracticeSettingsService } from './practice-settings-service'
import { QuizService } from './quiz-service'

export interface PracticeServices {
  settings: PracticeSettingsService
  flashcards: FlashcardService
  quizzes: QuizService
  mocks: MockExamService
  insights: PracticeInsightsService
}

/** Builds the practice services (flashcards, quizzes, mock exams) over one database and the bundle. */
export function createPracticeServices(
  db: Database.Database,
  bundle: ContentBundle,
  notes: NoteProgressRepository,
  now: () => Date,
  random: () => number = Math.random,
): PracticeServices {
  const content = new PracticeContent(bundle)
  const reviews = new CardReviewRepository(db)
  const answers = new QuizAnswerRepository(db)
  const mockRepo = new MockExamRepository(db, answers)
  const settings = new PracticeSettingsService(new SettingsRepository(db), now)
  return {
    settings,
    flashcards: new FlashcardService(content, reviews, settings, notes, now),
    quizzes: new QuizService(content, answers, now, random),
    mocks: new MockExamService(content, mockRepo, now, random),
    insights: new PracticeInsightsService(content, answers, reviews, mockRepo, now),
  }
}
