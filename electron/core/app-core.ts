import path from 'node:path'
import type Database from 'better-sqlite3'
import type { ContentProblem } from '../shared/api'
import { loadContentCached } from './content/content-cache'
import type { ContentBundle } from './content/load-content'
import { loadMigrations } from './db/migrate'
import { openProgressDatabase } from './db/open-database'
import { createGate, type Dispatch, type GateOptions } from './gate'
import { createHandlers } from './handlers'
import { DiagramQuizRepository } from './repositories/diagram-quiz-repository'
import { NoteProgressRepository } from './repositories/note-progress-repository'
import { SettingsRepository } from './repositories/settings-repository'
import { StudyTimeRepository } from './repositories/study-time-repository'
import { AppInfoService } from './services/app-info-service'
import { createCalculatorServices, type CalculatorServices } from './services/calculator-services'
import { DataSafetyService } from './services/data-safety-service'
import { DiagramsService } from './services/diagrams-service'
import { NotesService } from './services/notes-service'
import { createPracticeServices, type PracticeServices } from './services/practice-services'
import { createReadinessServices, type ReadinessServices } from './services/readiness-services'
import { SearchService } from './services/search-service'
import { SettingsService } from './services/settings-service'
import { StudyTimeService } from './services/study-time-service'

export interface AppCoreOptions {
  dataDir: string
  resourcesDir: string
  migrationsDir: string
  mode: 'electron' | 'browser'
  version: string
  nativeBinding?: string
  now?: () => Date
  gate?: GateOptions
  /** Where the compiled content bundle is kept between starts (default: `content-cache` in the data folder). */
  contentCacheDir?: string
  /** A compiled bundle made at build time, tried first (read only). */
  prebuiltContentDir?: string
}

export interface AppServices {
  bundle: ContentBundle
  app: AppInfoService
  notes: NotesService
  search: SearchService
  settings: SettingsService
  data: DataSafetyService
  practice: PracticeServices
  readiness: ReadinessServices
  diagrams: DiagramsService
  calculators: CalculatorServices
  studyTime: StudyTimeService
}

export interface AppCore {
  dispatch: Dispatch
  services: AppServices
  db: Database.Database
  problems: ContentProblem[]
  notices: string[]
  close(): void
}

/** The composition root of the core: opens the store, loads the bundle, wires services to the gate. */
export function createAppCore(o: AppCoreOptions): AppCore {
  const now = o.now ?? (() => new Date())
  const { bundle, problems, index } = loadContentCached(o.resourcesDir, {
    readDirs: o.prebuiltContentDir ? [o.prebuiltContentDir] : [],
    writeDir: o.contentCacheDir ?? path.join(o.dataDir, 'content-cache'),
    nativeBinding: o.nativeBinding,
  })
  let opened: ReturnType<typeof openProgressDatabase>
  try {
    opened = openProgressDatabase(path.join(o.dataDir, 'progress.db'), {
      migrationsDir: o.migrationsDir,
      nativeBinding: o.nativeBinding,
      now,
    })
  } catch (err) {
    index.close()
    throw err
  }
  const notes = new NotesService(bundle, new NoteProgressRepository(opened.db), now)
  const services: AppServices = {
    bundle,
    notes,
    search: new SearchService(index),
    settings: new SettingsService(new SettingsRepository(opened.db), now),
    data: new DataSafetyService({ db: opened.db, dataDir: o.dataDir, migrations: loadMigrations(o.migrationsDir), now, readOnly: opened.readOnly }),
    practice: createPracticeServices(opened.db, bundle, new NoteProgressRepository(opened.db), now),
    readiness: createReadinessServices({ db: opened.db, bundle, appVersion: o.version, now, backup: (reason) => services.data.create(reason), readOnly: opened.readOnly }),
    diagrams: new DiagramsService(bundle, new DiagramQuizRepository(opened.db), now),
    calculators: createCalculatorServices(opened.db, bundle, now),
    studyTime: new StudyTimeService(new StudyTimeRepository(opened.db), now),
    app: new AppInfoService({ mode: o.mode, version: o.version, dataDir: o.dataDir, bundle, notices: opened.notices, problems }),
  }
  return {
    dispatch: createGate(createHandlers(services), o.gate),
    services,
    db: opened.db,
    problems,
    notices: opened.notices,
    close() {
      services.data.stop()
      index.close()
      opened.close()
    },
  }
}
