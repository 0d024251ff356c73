import type { ApiInput, ApiOutput } from './api'
import type { Channel } from './channels'
import type { Result } from './errors'

/** What the preload exposes as `window.api`: one named method per channel, each resolving to a Result. */
export type PreloadApi = { readonly [C in Channel]: (input: ApiInput<C>) => Promise<Result<ApiOutput<C>>> }

/** What the preload exposes as `window.appMenu`: the application menu's actions, as action ids. */
export interface MenuBridge {
  onAction(listener: (actionId: string) => void): void
}
