import { ipcMain } from 'electron'
import type { Dispatch } from '../core/gate'
import { channelNames } from '../shared/channels'
import type { Result } from '../shared/errors'
import { isTrustedSender } from './sender-check'

/** Registers one handler per channel, each behind the sender check and the core's gate. */
export function setupIpc(dispatch: Dispatch, rendererIndex: string): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, rendererIndex)) {
        return { ok: false, error: { code: 'forbidden', message: 'This page may not use the MLS Companion API.' } }
      }
      return dispatch(channel, input)
    })
  }
}
