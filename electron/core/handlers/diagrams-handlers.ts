import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { diagramsContract } from '../../shared/contracts/diagrams'

/** The diagrams channels: one line each, forwarding to a service. */
export function diagramsHandlers({ diagrams: d }: AppServices): HandlersFor<keyof typeof diagramsContract> {
  return {
    'diagrams:list': () => d.list(),
    'diagrams:get': ({ id }) => d.get(id),
    'diagrams:recordQuiz': ({ id, correct, total, answers }) => d.recordQuiz(id, { correct, total, answers }),
    'diagrams:history': ({ id }) => d.history(id),
  }
}
