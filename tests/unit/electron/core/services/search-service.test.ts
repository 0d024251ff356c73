import { describe, expect, it } from 'vitest'
import { toMatchExpression } from '../../../../../electron/core/services/search-service'
import { makeCore } from '../../../helpers'

describe('search', () => {
  it('ranks the note about a service first when its name is searched', () => {
    const { services } = makeCore()
    expect(services.search.query('firehose').results[0]).toMatchObject({ kind: 'note', noteId: 'data-firehose' })
    expect(services.search.query('glue crawler').results[0]?.noteId).toMatch(/glue/)
  })

  it('highlights the match in an HTML-escaped snippet', () => {
    const { services } = makeCore()
    const [first] = services.search.query('shard').results
    expect(first?.snippet).toMatch(/<mark>shard/i)
    expect(first?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })

  it('matches prefixes, and falls back to any word when not all words match', () => {
    const { services } = makeCore()
    expect(services.search.query('kines').results.length).toBeGreaterThan(0)
    expect(services.search.query('kinesis zzzqqq').results.length).toBeGreaterThan(0)
  })

  it('treats FTS5 syntax in a query as plain words, never as an error', () => {
    const { services } = makeCore()
    for (const q of ['"', 'AND', 'kinesis OR', 'NEAR(', '*', 's3 -glacier', "'; DROP TABLE docs; --", 'a:b', '(((']) {
      expect(() => services.search.query(q)).not.toThrow()
    }
    expect(services.search.query('   ').results).toEqual([])
  })

  it('builds quoted prefix terms only', () => {
    expect(toMatchExpression('Kinesis "data" streams!')).toBe('"kinesis"* AND "data"* AND "streams"*')
    expect(toMatchExpression('Kinesis data', 'any')).toBe('"kinesis"* OR "data"*')
    expect(toMatchExpression('!!!')).toBeNull()
  })
})
