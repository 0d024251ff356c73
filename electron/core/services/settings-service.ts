import { settingsSchema, type Settings } from '../../shared/api'
import type { SettingsRepository } from '../repositories/settings-repository'

export const defaultSettings: Settings = {
  theme: 'system',
  fontScale: 1,
  reduceMotion: false,
  onboardingDone: false,
  dailyMinutes: 30,
  recentViews: [],
}

/** The learner's settings, stored in SQLite; unknown or invalid stored values fall back to defaults. */
export class SettingsService {
  constructor(
    private readonly repo: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The current settings. */
  get(): Settings {
    const stored = this.repo.all()
    const merged: Record<string, unknown> = { ...defaultSettings }
    for (const key of Object.keys(defaultSettings)) {
      const candidate = { ...merged, [key]: stored[key] }
      if (key in stored && settingsSchema.safeParse(candidate).success) merged[key] = stored[key]
    }
    return settingsSchema.parse(merged)
  }

  /** Changes some settings and returns them all. */
  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch })
    this.repo.setMany(patch, this.now())
    return next
  }
}
