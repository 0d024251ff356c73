import Database from 'better-sqlite3'

export interface SearchDoc {
  kind: 'note' | 'card' | 'question' | 'glossary'
  id: string
  noteId: string
  domain: string
  title: string
  body: string
}

export interface SearchRow {
  kind: SearchDoc['kind']
  id: string
  noteId: string
  domain: string
  title: string
  snippet: string
}

// Markers that cannot occur in content, swapped for <mark> after the snippet is HTML-escaped.
export const MARK_OPEN = '\u0001'
export const MARK_CLOSE = '\u0002'

/** Each kind of document has its own block of rowids, so the ranking can weigh kinds without reading rows. */
const KIND_STRIDE = 10_000_000
const KIND_CODE: Record<SearchDoc['kind'], number> = { note: 1, glossary: 2, card: 3, question: 4 }
/** bm25 with titles weighing ten times bodies, scaled by kind (bm25 is negative: lower ranks first). */
const SCORE = `bm25(docs, 10.0, 1.0) * (CASE rowid / ${KIND_STRIDE} WHEN ${KIND_CODE.note} THEN 1.5 WHEN ${KIND_CODE.glossary} THEN 1.2 ELSE 1.0 END)`

/**
 * The ranked search, parameters @q (an FTS5 expression) and @limit. Title matches weigh ten times body matches;
 * notes rank above cards and questions on a tie. The kind is read from the rowid, so ranking needs only the
 * index, and the costly snippet is made for the winners alone (in one flat statement SQLite would make it for
 * every match before sorting). The `+` keeps the winners' rowids away from FTS5's planner: offered `rowid IN`,
 * it would run the whole MATCH again once per rowid (slow for prefixes), where this way it runs once.
 */
export const MATCH_SQL = `
  SELECT kind, id, note_id AS noteId, domain, title,
         snippet(docs, 5, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 14) AS snippet
  FROM docs WHERE docs MATCH @q AND +rowid IN (
    SELECT rowid FROM docs WHERE docs MATCH @q ORDER BY ${SCORE}, rowid LIMIT @limit)
  ORDER BY ${SCORE}, rowid`

/**
 * An in-memory FTS5 index over the content bundle. It is derived data: built from the documents, or restored
 * from the bytes of an index built earlier from the same bundle (see content-cache.ts).
 */
export class SearchRepository {
  private readonly db: Database.Database
  private readonly matchStmt

  constructor(docs: SearchDoc[] | Buffer, nativeBinding?: string) {
    const options = nativeBinding ? { nativeBinding } : {}
    if (Buffer.isBuffer(docs)) {
      this.db = new Database(docs, options)
      this.db.prepare('SELECT count(*) FROM docs').get()
    } else {
      this.db = new Database(':memory:', options)
      this.db.exec(`CREATE VIRTUAL TABLE docs USING fts5(
        kind UNINDEXED, id UNINDEXED, note_id UNINDEXED, domain UNINDEXED, title, body,
        tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')`)
      const insert = this.db.prepare('INSERT INTO docs (rowid, kind, id, note_id, domain, title, body) VALUES (?, ?, ?, ?, ?, ?, ?)')
      const next = { note: 0, glossary: 0, card: 0, question: 0 }
      this.db.transaction(() => {
        for (const d of docs) {
          if (++next[d.kind] >= KIND_STRIDE) throw new Error(`Too many ${d.kind} documents to index (at most ${KIND_STRIDE - 1}).`)
          insert.run(KIND_CODE[d.kind] * KIND_STRIDE + next[d.kind], d.kind, d.id, d.noteId, d.domain, d.title, d.body)
        }
      })()
      // One b-tree segment instead of many: fewer pages to visit per query.
      this.db.exec("INSERT INTO docs (docs) VALUES ('optimize')")
    }
    this.matchStmt = this.db.prepare<{ q: string; limit: number }, SearchRow>(MATCH_SQL)
  }

  /** Runs an FTS5 MATCH expression; returns the best rows first. */
  match(expression: string, limit: number): SearchRow[] {
    return this.matchStmt.all({ q: expression, limit })
  }

  /** The index as bytes, to be restored with `SearchRepository.deserialize`. */
  serialize(): Buffer {
    return this.db.serialize()
  }

  /** Restores an index from `serialize()`'s bytes; throws if they are not a readable index. */
  static deserialize(bytes: Buffer, nativeBinding?: string): SearchRepository {
    return new SearchRepository(bytes, nativeBinding)
  }

  /** The underlying connection, for benchmarks that compare against a raw MATCH. */
  get connection(): Database.Database {
    return this.db
  }

  /** Frees the index. */
  close(): void {
    this.db.close()
  }
}
