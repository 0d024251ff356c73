import { planSettingsSchema, type PlanSettings } from '../../shared/readiness/plan-schemas'
import type { SettingsRepository } from '../repositories/settings-repository'

export const defaultPlanSettings: PlanSettings = { examDate: null, mockEveryDays: 7, dailyQuestions: 10 }

// Stored in the shared settings table under their own keys, beside the app's and the flashcards' settings.
const keys: Record<keyof PlanSettings, string> = {
  examDate: 'plan.examDate',
  mockEveryDays: 'plan.mockEveryDays',
  dailyQuestions: 'plan.dailyQuestions',
}
const startedKey = 'plan.startedAt'

/** The exam-date plan's settings; invalid stored values fall back to defaults. */
export class PlanSettingsService {
  constructor(
    private readonly repo: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The current settings. */
  get(): PlanSettings {
    const stored = this.repo.all()
    const out: PlanSettings = { ...defaultPlanSettings }
    for (const name of Object.keys(keys) as (keyof PlanSettings)[]) {
      const field = planSettingsSchema.shape[name].safeParse(stored[keys[name]])
      if (field.success) (out as Record<string, unknown>)[name] = field.data
    }
    return out
  }

  /** When the current exam date was set (the plan's first day), or null. */
  startedAt(): Date | null {
    const v = this.repo.all()[startedKey]
    return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null
  }

  /** Changes some settings and returns them all; a new exam date starts the plan afresh. */
  update(patch: Partial<PlanSettings>): PlanSettings {
    const before = this.get()
    const next = planSettingsSchema.parse({ ...before, ...patch })
    const values: Record<string, unknown> = {}
    for (const name of Object.keys(patch) as (keyof PlanSettings)[]) values[keys[name]] = next[name]
    if (next.examDate !== before.examDate) values[startedKey] = this.now().toISOString()
    this.repo.setMany(values, this.now())
    return next
  }
}
