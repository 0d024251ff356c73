import { calculatorInputsSchemas, type CalculatorInputs } from '../../shared/calculators/calculator-inputs'
import type { CalculatorSummary, Scenario } from '../../shared/contracts/calculators'
import { calculatorIds, type CalculatorId } from '../../shared/content/ids'
import { AppError } from '../../shared/errors'
import type { ContentBundle } from '../content/load-content'
import type { CalculatorInputsRepository } from '../repositories/calculator-inputs-repository'
import type {
  CalculatorScenarioRepository,
  ScenarioRow,
} from '../repositories/calculator-scenario-repository'

const MAX_NAME = 80

/** The calculators' saved state: named scenarios, the last inputs of each, and the notes that explain them. */
export class CalculatorScenariosService {
  constructor(
    private readonly bundle: ContentBundle,
    private readonly scenarios: CalculatorScenarioRepository,
    private readonly lastInputs: CalculatorInputsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The calculators, each with the notes that list it under `calculators:` and its number of scenarios. */
  list(): { calculators: CalculatorSummary[] } {
    const counts = this.scenarios.counts()
    return {
      calculators: calculatorIds.map((id) => ({
        id,
        notes: this.bundle.notes
          .filter((n) => n.calculators.includes(id))
          .map((n) => ({ id: n.id, title: n.title })),
        scenarioCount: counts.get(id) ?? 0,
      })),
    }
  }

  /** A calculator's last inputs, or null when there are none (or they no longer fit its form). */
  last(calculator: CalculatorId): { saved: CalculatorInputs | null } {
    const text = this.lastInputs.get(calculator)
    return { saved: text === undefined ? null : readInputs(calculator, text) }
  }

  /** Keeps a calculator's current inputs, to restore them next time. */
  saveLast(tagged: CalculatorInputs): { savedAt: string } {
    const at = this.now()
    this.lastInputs.set(tagged.calculator, JSON.stringify(tagged.inputs), at)
    return { savedAt: at.toISOString() }
  }

  /** A calculator's scenarios by name; any whose inputs no longer fit the form are left out. */
  scenariosOf(calculator: CalculatorId): { scenarios: Scenario[] } {
    const scenarios: Scenario[] = []
    for (const row of this.scenarios.list(calculator)) {
      const scenario = toScenario(row)
      if (scenario !== null) scenarios.push(scenario)
    }
    return { scenarios }
  }

  /** One scenario. */
  get(id: number): Scenario {
    const scenario = toScenario(this.row(id))
    if (scenario === null)
      throw new AppError('validation', 'This scenario was saved in a form this version cannot read.', 'id')
    return scenario
  }

  /** Saves inputs under a name: a new scenario, or (with an id) new inputs and name for an existing one. */
  save(input: CalculatorInputs & { name: string; id?: number }): Scenario {
    const json = JSON.stringify(input.inputs)
    if (input.id === undefined) {
      this.nameFree(input.calculator, input.name)
      return this.get(this.scenarios.insert(input.calculator, input.name, json, this.now()))
    }
    const row = this.row(input.id)
    if (row.calculator_id !== input.calculator) {
      throw new AppError('validation', 'That scenario belongs to another calculator.', 'calculator')
    }
    this.nameFree(input.calculator, input.name, input.id)
    this.scenarios.update(input.id, input.name, json, this.now())
    return this.get(input.id)
  }

  /** Gives a scenario a new name. */
  rename(id: number, name: string): Scenario {
    const row = this.row(id)
    this.nameFree(row.calculator_id, name, id)
    this.scenarios.rename(id, name, this.now())
    return this.get(id)
  }

  /** Copies a scenario under a new name ("… (copy)", "… (copy 2)", … unless one is given). */
  duplicate(id: number, name?: string): Scenario {
    const row = this.row(id)
    const copyName = name ?? this.copyName(row)
    this.nameFree(row.calculator_id, copyName)
    return this.get(this.scenarios.insert(row.calculator_id, copyName, row.inputs, this.now()))
  }

  /** Deletes a scenario. */
  delete(id: number): { id: number } {
    if (!this.scenarios.delete(id)) throw notFound()
    return { id }
  }

  private row(id: number): ScenarioRow {
    const row = this.scenarios.get(id)
    if (row === undefined) throw notFound()
    return row
  }

  private nameFree(calculator: string, name: string, except?: number): void {
    const twin = this.scenarios.findByName(calculator, name)
    if (twin !== undefined && twin.id !== except) {
      throw new AppError(
        'conflict',
        `A scenario called "${twin.name}" already exists for this calculator.`,
        'name',
      )
    }
  }

  private copyName(row: ScenarioRow): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`
      const candidate = row.name.slice(0, MAX_NAME - suffix.length) + suffix
      if (this.scenarios.findByName(row.calculator_id, candidate) === undefined) return candidate
    }
  }
}

const notFound = () =>
  new AppError('not_found', 'That scenario does not exist (it may have been deleted).', 'id')

/** Parses stored inputs against the calculator's schema; null when they are damaged or from an older form. */
function readInputs(calculator: CalculatorId, text: string): CalculatorInputs | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = calculatorInputsSchemas[calculator].safeParse(json)
  return parsed.success ? ({ calculator, inputs: parsed.data } as CalculatorInputs) : null
}

/** A stored row as a scenario, or null when its calculator or inputs are not readable. */
function toScenario(row: ScenarioRow): Scenario | null {
  if (!(calculatorIds as readonly string[]).includes(row.calculator_id)) return null
  const tagged = readInputs(row.calculator_id as CalculatorId, row.inputs)
  if (tagged === null) return null
  return {
    ...tagged,
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as Scenario
}
