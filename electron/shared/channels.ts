// The names of every channel, in one list with no dependencies, so the preload can build its fixed menu
// without pulling in the schemas. api.ts checks that this list and the contract agree exactly.

export const channelNames = [
  'app:info',
  'content:blueprint',
  'notes:tree',
  'notes:get',
  'notes:setRead',
  'search:query',
  'settings:get',
  'settings:update',
] as const

export type Channel = (typeof channelNames)[number]
