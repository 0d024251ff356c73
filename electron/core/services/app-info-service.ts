import type { ContentProblem } from '../../shared/api'
import type { ContentBundle } from '../content/load-content'

interface AppInfoDeps {
  mode: 'electron' | 'browser'
  version: string
  dataDir: string
  bundle: ContentBundle
  notices: string[]
  problems: ContentProblem[]
}

/** What the app says about itself: versions, where data lives, and anything the learner must be told. */
export class AppInfoService {
  constructor(private readonly deps: AppInfoDeps) {}

  /** The About facts plus start-up notices and content problems. */
  info() {
    const { mode, version, dataDir, bundle, notices, problems } = this.deps
    return {
      name: 'MLS Companion',
      version,
      mode,
      contentVersion: bundle.manifest.version,
      contentDate: bundle.manifest.date,
      dataDir,
      notices,
      contentProblems: problems.slice(0, 50),
    }
  }
}
