import { contract, type ApiOutput, type ApiParsedInput } from '../shared/api'
import { channelNames, type Channel } from '../shared/channels'
import { AppError, toErrorData, type Result } from '../shared/errors'
import { fieldPath } from './content/bundle-files'

/** What a handler receives (the validated input) and returns, channel by channel. */
export type Handlers = { [C in Channel]: (input: ApiParsedInput<C>) => ApiOutput<C> | Promise<ApiOutput<C>> }

/** The handlers of some channels (a feature's share of the contract). */
export type HandlersFor<K extends Channel> = Pick<Handlers, K>

export interface GateOptions {
  /** Also validate every response against the channel's output schema (tests and development). */
  checkOutputs?: boolean
  /** Called with unexpected errors, for the log; never with validation errors. */
  onInternalError?: (channel: string, err: unknown) => void
}

const known = new Set<string>(channelNames)

/** Tells whether a string names a channel of the contract (own names only, never prototype keys). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && known.has(name)
}

/**
 * The one gate every call passes: the channel must exist, the input must match its schema, and whatever
 * happens comes back as plain data. A malformed call never reaches a service.
 */
export function createGate(handlers: Handlers, options: GateOptions = {}) {
  return async function dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown channel "${String(channel).slice(0, 60)}".`, field: 'channel' } }
    }
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys ?? [] : []
      const field = fieldPath('', [...issue.path, ...keys.slice(0, 1)]) || 'input'
      return { ok: false, error: { code: 'validation', message: `${field}: ${issue.message}`, field } }
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      if (options.checkOutputs) {
        const out = contract[channel].output.safeParse(value)
        if (!out.success) throw new Error(`${channel} returned a value that does not match its output schema: ${out.error.message}`)
      }
      return { ok: true, value }
    } catch (err) {
      if (!(err instanceof AppError)) options.onInternalError?.(channel, err)
      return { ok: false, error: toErrorData(err) }
    }
  }
}

export type Dispatch = ReturnType<typeof createGate>
