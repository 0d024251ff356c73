import type Database from 'better-sqlite3'
import type { ContentBundle } from '../content/load-content'
import { CalculatorInputsRepository } from '../repositories/calculator-inputs-repository'
import { CalculatorScenarioRepository } from '../repositories/calculator-scenario-repository'
import { PriceOverrideRepository } from '../repositories/price-override-repository'
import { CalculatorScenariosService } from './calculator-scenarios-service'
import { PriceSheetsService } from './price-sheets-service'

export interface CalculatorServices {
  prices: PriceSheetsService
  scenarios: CalculatorScenariosService
}

/** The cost calculators' services over one database and the content bundle. */
export function createCalculatorServices(
  db: Database.Database,
  bundle: ContentBundle,
  now: () => Date,
): CalculatorServices {
  return {
    prices: new PriceSheetsService(bundle, new PriceOverrideRepository(db), now),
    scenarios: new CalculatorScenariosService(
      bundle,
      new CalculatorScenarioRepository(db),
      new CalculatorInputsRepository(db),
      now,
    ),
  }
}
