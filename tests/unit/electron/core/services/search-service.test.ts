import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../../../electron/core/content/load-content'
import { SearchRepository } from '../../../../../electron/core/repositories/search-repository'
import { searchDocs, toMatchExpression } from '../../../../../electron/core/services/search-service'
import { makeCore, resourcesDir } from '../../../helpers'

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

  it('ranks exactly as one flat statement weighing the kind column would, snippets included', () => {
    const { bundle } = loadContent(resourcesDir)
    const docs = searchDocs(bundle, (id) => bundle.noteById.get(id)!.html)
    const index = new SearchRepository(docs)
    try {
      // The plain form of the ranking: the kind read from each row, the snippet made for every match.
      const flat = index.connection.prepare(`
        SELECT kind, id, note_id AS noteId, domain, title, snippet(docs, 5, '\u0001', '\u0002', '…', 14) AS snippet
        FROM docs WHERE docs MATCH ?
        ORDER BY bm25(docs, 10.0, 1.0) * (CASE kind WHEN 'note' THEN 1.5 WHEN 'glossary' THEN 1.2 ELSE 1.0 END), rowid
        LIMIT ?`)
      const words = [...new Set(bundle.notes.flatMap((n) => n.title.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 2))]
      const queries = [...words.slice(0, 60), ...words.slice(0, 40).map((w) => w.slice(0, 3)), 'data', 'model training', 's3 glacier']
      let compared = 0
      for (const q of queries) {
        const expr = toMatchExpression(q)!
        const expected = flat.all(expr, 20)
        expect(index.match(expr, 20), q).toEqual(expected)
        if (expected.length > 1) compared++
      }
      expect(compared).toBeGreaterThan(50)
      // Every kind was indexed and can be found.
      expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['note', 'glossary', 'card', 'question']))
    } finally {
      index.close()
    }
  })
})
