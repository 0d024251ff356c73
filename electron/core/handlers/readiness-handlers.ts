import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { readinessContract } from '../../shared/contracts/readiness'

/** The readiness channels: one line each, forwarding to a service. */
export function readinessHandlers(_s: AppServices): HandlersFor<keyof typeof readinessContract> {
  return {}
}
