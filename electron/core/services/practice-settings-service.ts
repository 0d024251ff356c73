import { practiceSettingsSchema, type PracticeSettings } from '../../shared/contracts/practice-schemas'
import type { SettingsRepository } from '../repositories/settings-repository'

export const defaultPracticeSettings: PracticeSettings = { desiredRetention: 0.9, newCardsPerDay: 20 }

// Stored in the shared settings table under their own keys, beside the app's display settings.
const keys: Record<keyof PracticeSettings, string> = {
  desiredRetention: 'practice.desiredRetention',
  newCardsPerDay: 'practice.newCardsPerDay',
}

// A one-day raise of the new-card limit ("learn more today"), forgotten when the day changes.
const extraKey = 'practice.extraNewToday'

/** The flashcard settings: desired retention and new cards per day; invalid stored values fall back to defaults. */
export class PracticeSettingsService {
  constructor(
    private readonly repo: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The current settings. */
  get(): PracticeSettings {
    return settingsOf(this.repo.all())
  }

  /** Extra new cards allowed on the study day that began at `dayStart` (none on any other day). */
  extraNewCards(dayStart: string): number {
    return extraOf(this.repo.all(), dayStart)
  }

  /** The settings and the day's extra new cards, from one read of the settings table. */
  forDay(dayStart: string): { settings: PracticeSettings; extraNewCards: number } {
    const stored = this.repo.all()
    return { settings: settingsOf(stored), extraNewCards: extraOf(stored, dayStart) }
  }

  /** Allows `count` more new cards on the study day that began at `dayStart`. */
  addExtraNewCards(dayStart: string, count: number): void {
    this.repo.setMany(
      { [extraKey]: { day: dayStart, count: this.extraNewCards(dayStart) + count } },
      this.now(),
    )
  }

  /** Changes some settings and returns them all. */
  update(patch: Partial<PracticeSettings>): PracticeSettings {
    const next = practiceSettingsSchema.parse({ ...this.get(), ...patch })
    const values: Record<string, unknown> = {}
    for (const name of Object.keys(patch) as (keyof PracticeSettings)[]) values[keys[name]] = next[name]
    this.repo.setMany(values, this.now())
    return next
  }
}

function settingsOf(stored: Record<string, unknown>): PracticeSettings {
  const out: PracticeSettings = { ...defaultPracticeSettings }
  for (const name of Object.keys(keys) as (keyof PracticeSettings)[]) {
    const field = practiceSettingsSchema.shape[name].safeParse(stored[keys[name]])
    if (field.success) out[name] = field.data
  }
  return out
}

function extraOf(stored: Record<string, unknown>, dayStart: string): number {
  const extra = stored[extraKey] as { day?: unknown; count?: unknown } | undefined
  return extra?.day === dayStart && typeof extra.count === 'number' && extra.count > 0
    ? Math.floor(extra.count)
    : 0
}
