import type { ApiInput } from '../../electron/shared/api'
import type { Channel } from '../../electron/shared/channels'

/**
 * One valid input for every channel of the contract, used by the round-trip and fuzz tests. The type makes a
 * new channel without a sample a compile error.
 */
export const sampleInputs: { [C in Channel]: ApiInput<C> } = {
  'app:info': {},
  'content:blueprint': {},
  'notes:tree': {},
  'notes:get': { id: 's3-overview' },
  'notes:setRead': { id: 's3-overview', read: true },
  'search:query': { q: 'kinesis' },
  'settings:get': {},
  'settings:update': { theme: 'dark' },
}
