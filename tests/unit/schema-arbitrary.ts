import fc from 'fast-check'
import { z } from 'zod'

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  format?: string
  additionalProperties?: boolean | JsonSchema
}

/**
 * An arbitrary of values that a zod schema should accept, built from its JSON Schema. Strings with a pattern
 * are drawn from known valid values when given (real content ids), else generated to match the pattern.
 */
export function arbitraryFor(schema: z.ZodType, known: (pattern: string) => string[] = () => []): fc.Arbitrary<unknown> {
  return fromJson(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, known)
}

function fromJson(s: JsonSchema, known: (pattern: string) => string[]): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const options = s.anyOf ?? s.oneOf
  if (options) return fc.oneof(...options.map((o) => fromJson(o, known)))
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type) {
    case 'object': {
      const props = s.properties ?? {}
      const required = new Set(s.required ?? [])
      const record: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [k, v] of Object.entries(props)) record[k] = fromJson(v, known)
      return fc.record(record, { requiredKeys: [...required] })
    }
    case 'array':
      return fc.array(s.items ? fromJson(s.items, known) : fc.anything(), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 5) })
    case 'string': {
      if (s.format === 'date') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
      if (s.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
      if (s.pattern) {
        const pool = known(s.pattern)
        const gen = fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length >= (s.minLength ?? 0) && x.length <= (s.maxLength ?? 200))
        return pool.length ? fc.oneof(fc.constantFrom(...pool), gen) : gen
      }
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) })
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (type === 'integer' ? 1 : 1e-6) : -1000)
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (type === 'integer' ? 1 : 1e-6) : 1000)
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) })
        : fc.double({ min: Math.max(min, -1e6), max: Math.min(max, 1e6), noNaN: true, noDefaultInfinity: true })
    }
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.constant({})
  }
}

/** Payloads no strict schema should accept: wrong types, prototype keys, non-finite numbers, huge or deep values. */
export function malformedPayload(valid: unknown): fc.Arbitrary<unknown> {
  const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) })
  const withKey = (key: string, value: unknown) => {
    const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? { ...(valid as object) } : {}
    Object.defineProperty(base, key, { value, enumerable: true, configurable: true, writable: true })
    return base
  }
  const keys = valid && typeof valid === 'object' ? Object.keys(valid as object) : []
  const replaceField = keys.length
    ? fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.constant(null), fc.object(), fc.constant('x'.repeat(100_000)), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }), fc.constant(deep(200)), fc.constant(12345.5), fc.constant(true)))
        .map(([k, v]) => ({ ...(valid as object), [k]: v }))
    : fc.constant(42)
  return fc.oneof(
    fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.constant(NaN), fc.array(fc.anything(), { maxLength: 3 })),
    fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k)).map((k) => withKey(k, 1)),
    fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => withKey(k, { polluted: true })),
    replaceField,
    fc.constant(deep(500)),
    fc.constant(Array.from({ length: 100_000 }, (_, i) => i)),
    fc.anything({ withObjectString: true, withNullPrototype: true }),
  )
}
