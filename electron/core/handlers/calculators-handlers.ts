import type { AppServices } from '../app-core'
import type { HandlersFor } from '../gate'
import type { calculatorsContract } from '../../shared/contracts/calculators'

/** The calculators channels: one line each, forwarding to a service. */
export function calculatorsHandlers(s: AppServices): HandlersFor<keyof typeof calculatorsContract> {
  const { prices, scenarios } = s.calculators
  return {
    'calculators:list': () => scenarios.list(),
    'calculators:lastInputs': ({ calculator }) => scenarios.last(calculator),
    'calculators:saveLastInputs': (tagged) => scenarios.saveLast(tagged),
    'prices:list': () => prices.list(),
    'prices:overrides': ({ sheetId }) => prices.overrides(sheetId),
    'prices:setOverride': ({ sheetId, rate, value }) => prices.setOverride(sheetId, rate, value),
    'prices:resetOverrides': ({ sheetId, rate }) => prices.resetOverrides(sheetId, rate),
    'scenarios:list': ({ calculator }) => scenarios.scenariosOf(calculator),
    'scenarios:get': ({ id }) => scenarios.get(id),
    'scenarios:save': (input) => scenarios.save(input),
    'scenarios:rename': ({ id, name }) => scenarios.rename(id, name),
    'scenarios:duplicate': ({ id, name }) => scenarios.duplicate(id, name),
    'scenarios:delete': ({ id }) => scenarios.delete(id),
  }
}
