// Errors as plain data: the only shape of failure that crosses the renderer/backend boundary.

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'storage_full'
  | 'storage_error'
  | 'db_too_new'
  | 'content_error'
  | 'internal'

export interface ErrorData {
  code: ErrorCode
  message: string
  field?: string
}

/** An error that services throw on purpose; its code and message reach the user as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'AppError'
  }

  /** The plain-data form of this error. */
  toData(): ErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

/** Turns anything thrown into plain error data, hiding internals of unexpected errors. */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof AppError) return err.toData()
  const sqliteCode = (err as { code?: unknown } | null)?.code
  if (sqliteCode === 'SQLITE_FULL') {
    return { code: 'storage_full', message: 'The disk is full: your last change could not be saved. Free some space and try again.' }
  }
  if (sqliteCode === 'SQLITE_READONLY') {
    return { code: 'db_too_new', message: 'Your progress database is from a newer version of MLS Companion and is open read-only: nothing new can be saved until you update the app.' }
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_IOERR')) {
    return { code: 'storage_error', message: 'Your last change could not be saved (a disk error). Nothing saved before was lost; try again.' }
  }
  return { code: 'internal', message: 'Something went wrong inside the app. Your saved progress is unaffected.' }
}

/** A result as it travels over IPC or HTTP. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData }
