import type { coreContract } from '../shared/api'
import type { dataContract } from '../shared/contracts/data'
import type { Handlers, HandlersFor } from './gate'
import type { AppServices } from './app-core'
import { calculatorsHandlers } from './handlers/calculators-handlers'
import { diagramsHandlers } from './handlers/diagrams-handlers'
import { practiceHandlers } from './handlers/practice-handlers'
import { readinessHandlers } from './handlers/readiness-handlers'
import { studyTimeHandlers } from './handlers/study-time-handlers'

type CoreChannel = keyof typeof coreContract | keyof typeof dataContract

/** The foundation's handlers: one line per channel, each forwarding to a service. */
function coreHandlers(s: AppServices) {
  return {
    'app:info': () => s.app.info(),
    'content:blueprint': () => s.bundle.blueprint,
    'notes:tree': () => s.notes.tree(),
    'notes:get': ({ id }) => s.notes.get(id),
    'notes:setRead': ({ id, read }) => s.notes.setRead(id, read),
    'search:query': ({ q, limit }) => s.search.query(q, limit),
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => s.settings.update(patch),
    'backups:list': () => ({ backups: s.data.list() }),
    'backups:create': () => s.data.create('manual'),
    'backups:restore': ({ name }) => s.data.restore(name),
    'db:check': () => s.data.check(),
  } satisfies Partial<Handlers> as HandlersFor<CoreChannel>
}

/** Every channel's handler, gathered from each feature. */
export function createHandlers(s: AppServices): Handlers {
  return { ...coreHandlers(s), ...practiceHandlers(s), ...readinessHandlers(s), ...diagramsHandlers(s), ...calculatorsHandlers(s), ...studyTimeHandlers(s) }
}
