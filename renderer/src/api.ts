// The one seam between the renderer and the backend. In the desktop app calls go through the preload's
// `window.api`; in browser mode they go over HTTP to the same gate. Both are derived from the contract.
import type { Api, ApiInput } from '@shared/api'
import { channelNames, type Channel } from '@shared/channels'
import type { ErrorData, Result } from '@shared/errors'

/** A failed call, carrying the backend's plain error data. */
export class ApiError extends Error {
  readonly code: ErrorData['code']
  readonly field?: string

  constructor(data: ErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.field = data.field
  }
}

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  let res: Response
  try {
    res = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    })
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The MLS Companion server is not answering. Is it still running?' } }
  }
  try {
    return (await res.json()) as Result<unknown>
  } catch {
    return { ok: false, error: { code: 'internal', message: `The server answered ${res.status} without a result.` } }
  }
}

function send(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const bridge = window.api
  if (bridge) return (bridge[channel] as (i: unknown) => Promise<Result<unknown>>)(input)
  return overHttp(channel, input)
}

/** The typed API: `await api['notes:get']({ id })`. Failures throw an ApiError. */
export const api = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    async (input: ApiInput<typeof channel>) => {
      const result = await send(channel, input)
      if (!result.ok) throw new ApiError(result.error)
      return result.value
    },
  ]),
) as Api

/** The running mode, as the renderer can tell it. */
export const isDesktop = () => window.api !== undefined
