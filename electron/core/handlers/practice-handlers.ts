import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { practiceContract } from '../../shared/contracts/practice'

/** The practice channels: one line each, forwarding to a service. */
export function practiceHandlers({ practice: p }: AppServices): HandlersFor<keyof typeof practiceContract> {
  return {
    'practice:settings': () => p.settings.get(),
    'practice:updateSettings': (patch) => p.settings.update(patch),
    'practice:orphans': () => p.insights.orphans(),
    'practice:weakTopics': ({ limit }) => p.insights.weakTopics(limit),
    'cards:overview': () => p.flashcards.overview(),
    'cards:queue': ({ scope }) => p.flashcards.queue(scope),
    'cards:grade': ({ cardId, grade, elapsedMs, scope }) =>
      p.flashcards.grade(cardId, grade, elapsedMs, scope),
    'cards:undo': ({ reviewId, scope }) => p.flashcards.undo(reviewId, scope),
    'cards:setSuspended': ({ cardId, suspended, scope }) =>
      p.flashcards.setSuspended(cardId, suspended, scope),
    'cards:setBuried': ({ cardId, buried, scope }) => p.flashcards.setBuried(cardId, buried, scope),
    'cards:learnMore': ({ count, scope }) => p.flashcards.learnMore(count, scope),
    'cards:cram': ({ scope, limit }) => p.flashcards.cram(scope, limit),
    'quiz:overview': () => p.quizzes.overview(),
    'quiz:start': ({ scope, size, mode, questionIds }) => p.quizzes.start(scope, size, mode, questionIds),
    'quiz:answer': ({ questionId, chosen, elapsedMs, source }) =>
      p.quizzes.answer(questionId, chosen, elapsedMs, source),
    'mock:start': ({ seed }) => p.mocks.start(seed),
    'mock:active': () => p.mocks.active(),
    'mock:get': ({ id }) => p.mocks.get(id),
    'mock:save': ({ id, ...input }) => p.mocks.save(id, input),
    'mock:pause': ({ id, timeUsedMs, questionTimeMs }) => p.mocks.pause(id, timeUsedMs, questionTimeMs),
    'mock:resume': ({ id }) => p.mocks.resume(id),
    'mock:submit': ({ id, timeUsedMs, questionTimeMs }) => p.mocks.submit(id, timeUsedMs, questionTimeMs),
    'mock:history': () => p.mocks.history(),
    'mock:result': ({ id }) => p.mocks.result(id),
  }
}
