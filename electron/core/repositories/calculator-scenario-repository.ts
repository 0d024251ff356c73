import type Database from 'better-sqlite3'

export interface ScenarioRow {
  id: number
  calculator_id: string
  name: string
  /** JSON text. */
  inputs: string
  created_at: string
  updated_at: string
}

const columns = 'id, calculator_id, name, inputs, created_at, updated_at'

/** Named scenarios of the calculators: the inputs of one calculator under a name unique for it. */
export class CalculatorScenarioRepository {
  private readonly selectByCalculator
  private readonly selectOne
  private readonly selectByName
  private readonly countAll
  private readonly insertRow
  private readonly updateRow
  private readonly renameRow
  private readonly deleteRow

  constructor(db: Database.Database) {
    this.selectByCalculator = db.prepare<[string], ScenarioRow>(
      `SELECT ${columns} FROM calculator_scenarios WHERE calculator_id = ? ORDER BY name COLLATE NOCASE, id`,
    )
    this.selectOne = db.prepare<[number], ScenarioRow>(
      `SELECT ${columns} FROM calculator_scenarios WHERE id = ?`,
    )
    // The name column compares without case, so "Daily" finds "daily".
    this.selectByName = db.prepare<[string, string], ScenarioRow>(
      `SELECT ${columns} FROM calculator_scenarios WHERE calculator_id = ? AND name = ?`,
    )
    this.countAll = db.prepare<[], { calculator_id: string; n: number }>(
      'SELECT calculator_id, COUNT(*) AS n FROM calculator_scenarios GROUP BY calculator_id',
    )
    this.insertRow = db.prepare<[string, string, string, string, string]>(
      'INSERT INTO calculator_scenarios (calculator_id, name, inputs, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    this.updateRow = db.prepare<[string, string, string, number]>(
      'UPDATE calculator_scenarios SET name = ?, inputs = ?, updated_at = ? WHERE id = ?',
    )
    this.renameRow = db.prepare<[string, string, number]>(
      'UPDATE calculator_scenarios SET name = ?, updated_at = ? WHERE id = ?',
    )
    this.deleteRow = db.prepare<[number]>('DELETE FROM calculator_scenarios WHERE id = ?')
  }

  /** One calculator's scenarios, by name. */
  list(calculatorId: string): ScenarioRow[] {
    return this.selectByCalculator.all(calculatorId)
  }

  /** One scenario, or undefined. */
  get(id: number): ScenarioRow | undefined {
    return this.selectOne.get(id)
  }

  /** The calculator's scenario with this name (ignoring case), or undefined. */
  findByName(calculatorId: string, name: string): ScenarioRow | undefined {
    return this.selectByName.get(calculatorId, name)
  }

  /** How many scenarios each calculator has. */
  counts(): Map<string, number> {
    return new Map(this.countAll.all().map((r) => [r.calculator_id, r.n]))
  }

  /** Stores a new scenario and returns its id. */
  insert(calculatorId: string, name: string, inputs: string, now: Date): number {
    const at = now.toISOString()
    return Number(this.insertRow.run(calculatorId, name, inputs, at, at).lastInsertRowid)
  }

  /** Replaces a scenario's name and inputs. */
  update(id: number, name: string, inputs: string, now: Date): void {
    this.updateRow.run(name, inputs, now.toISOString(), id)
  }

  /** Renames a scenario. */
  rename(id: number, name: string, now: Date): void {
    this.renameRow.run(name, now.toISOString(), id)
  }

  /** Deletes a scenario; tells whether there was one. */
  delete(id: number): boolean {
    return this.deleteRow.run(id).changes > 0
  }
}
