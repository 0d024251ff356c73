import type { z } from 'zod'
import { AppError } from '../errors'

/** Formats a zod issue path as a field name, e.g. `nodes[3].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`
    return out === '' ? String(part) : `${out}.${String(part)}`
  }, '')
}

/** Validates parsed JSON against a content schema; throws a content error naming the file and the first bad field. */
export function parseContent<S extends z.ZodType>(schema: S, json: unknown, file: string, kind: string): z.output<S> {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const issues = result.error.issues
  const first = issues[0]
  const field = first ? formatPath(first.path) || '(root)' : '(root)'
  const detail = issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`)
    .join('; ')
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''
  throw new AppError('content_error', `${file}: invalid ${kind} at ${detail}${more}`, field)
}
