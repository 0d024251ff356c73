import type Database from 'better-sqlite3'
import type { ContentBundle } from '../content/load-content'
import { ProgressTransferRepository } from '../repositories/progress-transfer-repository'
import { ReadinessRepository } from '../repositories/readiness-repository'
import { SettingsRepository } from '../repositories/settings-repository'
import { PlanService } from './plan-service'
import { PlanSettingsService } from './plan-settings-service'
import { PracticeSettingsService } from './practice-settings-service'
import { ProgressTransferService } from './progress-transfer-service'
import { ReadinessContent } from './readiness-content'
import { ReadinessService } from './readiness-service'

export interface ReadinessServices {
  readiness: ReadinessService
  planSettings: PlanSettingsService
  plan: PlanService
  transfer: ProgressTransferService
}

export interface ReadinessServicesOptions {
  db: Database.Database
  bundle: ContentBundle
  appVersion: string
  /** Takes a complete backup of the database before an import or a reset. */
  backup: (reason: string) => Promise<{ name: string }>
  /** The database is open read-only (it is newer than this version). */
  readOnly: boolean
  now: () => Date
}

/** Builds the readiness services (readiness model, dashboard, exam-date plan, export/import/reset). */
export function createReadinessServices(o: ReadinessServicesOptions): ReadinessServices {
  const content = new ReadinessContent(o.bundle)
  const repo = new ReadinessRepository(o.db)
  const settings = new SettingsRepository(o.db)
  const planSettings = new PlanSettingsService(settings, o.now)
  return {
    readiness: new ReadinessService(content, repo, o.now),
    planSettings,
    plan: new PlanService(content, repo, planSettings, new PracticeSettingsService(settings, o.now), o.now),
    transfer: new ProgressTransferService(
      new ProgressTransferRepository(o.db),
      content,
      {
        backup: o.backup,
        readOnly: o.readOnly,
        app: { name: 'MLS Companion', version: o.appVersion },
        content: { id: o.bundle.manifest.id, version: o.bundle.manifest.version },
      },
      o.now,
    ),
  }
}
