import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { readinessContract } from '../../shared/contracts/readiness'

/** The readiness channels: one line each, forwarding to a service. */
export function readinessHandlers(s: AppServices): HandlersFor<keyof typeof readinessContract> {
  return {
    'readiness:get': ({ timeZone }) => s.readiness.readiness.summary(timeZone),
    'readiness:dashboard': ({ timeZone }) => s.readiness.readiness.dashboard(timeZone),
    'plan:get': ({ timeZone }) => s.readiness.plan.plan(timeZone),
    'plan:settings': () => s.readiness.planSettings.get(),
    'plan:updateSettings': (patch) => s.readiness.planSettings.update(patch),
    'progress:export': () => s.readiness.transfer.export(),
    'progress:upload': ({ uploadId, index, count, chunk }) =>
      s.readiness.transfer.upload(uploadId, index, count, chunk),
    'progress:preview': ({ uploadId, mode }) => s.readiness.transfer.preview(uploadId, mode),
    'progress:import': ({ uploadId, mode }) => s.readiness.transfer.import(uploadId, mode),
    'progress:reset': () => s.readiness.transfer.reset(),
  }
}
