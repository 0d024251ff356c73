import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { practiceContract } from '../../shared/contracts/practice'

/** The practice channels: one line each, forwarding to a service. */
export function practiceHandlers(_s: AppServices): HandlersFor<keyof typeof practiceContract> {
  return {}
}
