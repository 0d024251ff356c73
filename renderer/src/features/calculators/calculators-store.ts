import { defineStore } from 'pinia'
import type { CalculatorInputs, InputsOf } from '@shared/calculators/calculator-inputs'
import type { CalculatorSummary, Scenario } from '@shared/contracts/calculators'
import type { CalculatorId } from '@shared/content/ids'
import type { PriceSheet } from '@shared/content/price-sheet-schema'
import { api } from '@/api'
import { makeSheetSet, type SheetSet } from './engine/sheet-set'

/** The calculators: price sheets and the learner's overrides, the notes that explain each, saved scenarios. */
export const useCalculatorsStore = defineStore('calculators', {
  state: () => ({
    sheets: [] as PriceSheet[],
    overrides: {} as Record<string, Record<string, number>>,
    calculators: [] as CalculatorSummary[],
    scenarios: {} as Partial<Record<CalculatorId, Scenario[]>>,
    loaded: false,
    error: null as string | null,
  }),
  getters: {
    /** The sheets with the learner's overrides applied: what the calculators price with. */
    sheetSet(s): SheetSet {
      return makeSheetSet(s.sheets, s.overrides)
    },
    /** The sheets as shipped, to show what the overrides change. */
    shippedSet(s): SheetSet {
      return makeSheetSet(s.sheets)
    },
  },
  actions: {
    /** Loads the sheets, overrides and calculator list once (again with `force`). */
    async load(force = false) {
      if (this.loaded && !force) return
      try {
        const [prices, list] = await Promise.all([api['prices:list']({}), api['calculators:list']({})])
        this.sheets = prices.sheets
        this.overrides = prices.overrides
        this.calculators = list.calculators
        this.loaded = true
        this.error = null
      } catch (err) {
        this.error = (err as Error).message
      }
    },
    /** Sets the learner's price for one rate. */
    async setOverride(sheetId: string, rate: string, value: number) {
      const r = await api['prices:setOverride']({ sheetId, rate, value })
      this.overrides = { ...this.overrides, [sheetId]: r.overrides }
    },
    /** Restores a sheet's price for one rate, or for all of them. */
    async resetOverrides(sheetId: string, rate?: string) {
      const r = await api['prices:resetOverrides']({ sheetId, rate })
      this.overrides = { ...this.overrides, [sheetId]: r.overrides }
    },
    /** A calculator's last inputs, or null. */
    async lastInputs<C extends CalculatorId>(calculator: C): Promise<InputsOf<C> | null> {
      const { saved } = await api['calculators:lastInputs']({ calculator })
      return saved !== null && saved.calculator === calculator ? (saved.inputs as InputsOf<C>) : null
    },
    /** Keeps a calculator's inputs for next time. */
    async saveLastInputs(tagged: CalculatorInputs) {
      await api['calculators:saveLastInputs'](tagged)
    },
    /** Loads a calculator's scenarios. */
    async loadScenarios(calculator: CalculatorId) {
      const { scenarios } = await api['scenarios:list']({ calculator })
      this.scenarios = { ...this.scenarios, [calculator]: scenarios }
    },
    /** Saves inputs as a new scenario, or over an existing one when `id` is given. */
    async saveScenario(tagged: CalculatorInputs, name: string, id?: number): Promise<Scenario> {
      const saved = await api['scenarios:save']({ ...tagged, name, id })
      await this.loadScenarios(tagged.calculator)
      return saved
    },
    /** Renames a scenario. */
    async renameScenario(scenario: Scenario, name: string) {
      await api['scenarios:rename']({ id: scenario.id, name })
      await this.loadScenarios(scenario.calculator)
    },
    /** Copies a scenario under a new name. */
    async duplicateScenario(scenario: Scenario): Promise<Scenario> {
      const copy = await api['scenarios:duplicate']({ id: scenario.id })
      await this.loadScenarios(scenario.calculator)
      return copy
    },
    /** Deletes a scenario. */
    async deleteScenario(scenario: Scenario) {
      await api['scenarios:delete']({ id: scenario.id })
      await this.loadScenarios(scenario.calculator)
    },
  },
})
