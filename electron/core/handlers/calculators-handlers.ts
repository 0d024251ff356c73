import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { calculatorsContract } from '../../shared/contracts/calculators'

/** The calculators channels: one line each, forwarding to a service. */
export function calculatorsHandlers(_s: AppServices): HandlersFor<keyof typeof calculatorsContract> {
  return {}
}
