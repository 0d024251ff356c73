import type Database from 'better-sqlite3'

/** What each calculator's form last held (JSON text), one row per calculator. */
export class CalculatorInputsRepository {
  private readonly selectOne
  private readonly upsert

  constructor(db: Database.Database) {
    this.selectOne = db.prepare<[string], { inputs: string }>(
      'SELECT inputs FROM calculator_last_inputs WHERE calculator_id = ?',
    )
    this.upsert = db.prepare<[string, string, string]>(
      `INSERT INTO calculator_last_inputs (calculator_id, inputs, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(calculator_id) DO UPDATE SET inputs = excluded.inputs, updated_at = excluded.updated_at`,
    )
  }

  /** The stored JSON text for a calculator, or undefined. */
  get(calculatorId: string): string | undefined {
    return this.selectOne.get(calculatorId)?.inputs
  }

  /** Stores a calculator's last inputs. */
  set(calculatorId: string, inputs: string, now: Date): void {
    this.upsert.run(calculatorId, inputs, now.toISOString())
  }
}
