import path from 'node:path'
import type Database from 'better-sqlite3'
import type { ContentProblem } from '../shared/api'
import { loadContent, type ContentBundle } from './content/load-content'
import { loadMigrations } from './db/migrate'
import { openProgressDatabase } from './db/open-database'
import { createGate, type Dispatch, type GateOptions } from './gate'
import { createHandlers } from './handlers'
import { DiagramQuizRepository } from './repositories/diagram-quiz-repository'
import { NoteProgressRepository } from './repositories/note-progress-repository'
import { SearchRepository } from './repositories/search-repository'
import { SettingsRepository } from './repositories/settings-repository'
import { AppInfoService } from './services/app-info-service'
import { createCalculatorServices, type CalculatorServices } from './services/calculator-services'
import { DataSafetyService } from './services/data-safety-service'
import { DiagramsService } from './services/diagrams-service'
import { NotesService } from './services/notes-service'
import { createPracticeServices, type PracticeServices } from './services/practice-services'
import { createReadinessServices, type ReadinessServices } from './services/readiness-services'
import { searchDocs, SearchService } from './services/search-service'
import { SettingsService } from './services/settings-service'

export interface AppCoreOptions {
  dataDir: string
  resourcesDir: string
  migrationsDir: string
  mode: 'electron' | 'browser'
  version: string
  nativeBinding?: string
  now?: () => Date
  gate?: GateOptions
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
  const { bundle, problems } = loadContent(o.resourcesDir)
  const opened = openProgressDatabase(path.join(o.dataDir, 'progress.db'), {
    migrationsDir: o.migrationsDir,
    nativeBinding: o.nativeBinding,
    now,
  })
  const notes = new NotesService(bundle, new NoteProgressRepository(opened.db), now)
  const index = new SearchRepository(
    searchDocs(bundle, (id) => notes.render(bundle.noteById.get(id)!)),
    o.nativeBinding,
  )
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
