import type { InputsOf } from '@shared/calculators/calculator-inputs'
import type { CalculatorId } from '@shared/content/ids'

// A form's state while the learner types: the saved inputs' shape, except that a number field may hold the
// raw text that is not (yet) a number. The calculators check every value, so "abc" or "" reaches them as it is
// and comes back as a message for that field.

/** `T` with every number widened to `number | string` (raw text that did not parse). */
export type Draft<T> = T extends number
  ? number | string
  : T extends readonly (infer U)[]
    ? Draft<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Draft<T[K]> }
      : T

export type DraftOf<C extends CalculatorId> = Draft<InputsOf<C>>

const grouped = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/

/** Reads what was typed into a number field: a number when it is one (`1,521`, `0.6`, `1e6`), else the text. */
export function parseNumberText(text: string): number | string {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  const plain = grouped.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed
  // Number() would accept hex, binary and "Infinity"; a form field should not.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return text
  const value = Number(plain)
  return Number.isFinite(value) ? value : text
}

/** The text a number field shows for a stored value. */
export function formatNumberText(value: number | string): string {
  return typeof value === 'number' ? String(value) : value
}

/** The first problem of a set of field errors, for a one-line summary. */
export function firstError(errors: Record<string, string>): string | null {
  const first = Object.values(errors)[0]
  return first ?? null
}

/** Prefixes every field of an errors object (`tableSize` → `lake.tableSize`). */
export function prefixErrors(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [`${prefix}${field}`, message]))
}

/** Today's date in the learner's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A deep, plain copy of saved inputs (safe on reactive proxies, unlike structuredClone). */
export function cloneInputs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A zod issue path as a field name: `workloads[0].queries`. */
export function issueField(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${String(part)}`,
    '',
  )
}
