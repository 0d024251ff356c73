import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { diagramsContract } from '../../shared/contracts/diagrams'

/** The diagrams channels: one line each, forwarding to a service. */
export function diagramsHandlers(_s: AppServices): HandlersFor<keyof typeof diagramsContract> {
  return {}
}
