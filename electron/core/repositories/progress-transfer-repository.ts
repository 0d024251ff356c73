import type Database from 'better-sqlite3'
import type { ProgressData, ProgressSection, SectionCounts } from '../../shared/readiness/progress-file'

type Row = Record<string, string | number | null>

interface TableSpec {
  section: ProgressSection
  table: string
  columns: readonly string[]
  pk: string
  /** Log tables match rows by what they record, since their numeric ids differ between devices. */
  natural?: readonly string[]
  /** Merge: whether the file's row should replace the one here (when they differ). */
  fileWins(file: Row, here: Row): boolean
  /** Replace: keep rows here that the file lacks (preferences rather than progress). */
  keepOnReplace?: boolean
}

const newer = (col: string) => (file: Row, here: Row) => String(file[col] ?? '') > String(here[col] ?? '')

// Parents before children, so foreign keys hold while rows are written; children are cleared first.
const tables: readonly TableSpec[] = [
  // Settings are preferences: a replacing import overwrites the ones the file has and keeps the others.
  {
    section: 'settings',
    table: 'settings',
    columns: ['key', 'value', 'updated_at'],
    pk: 'key',
    fileWins: newer('updated_at'),
    keepOnReplace: true,
  },
  // A note keeps the first time it was read.
  {
    section: 'noteReads',
    table: 'note_reads',
    columns: ['note_id', 'read_at'],
    pk: 'note_id',
    fileWins: (f, h) => String(f.read_at) < String(h.read_at),
  },
  {
    section: 'cardStates',
    table: 'card_states',
    columns: [
      'card_id',
      'due',
      'stability',
      'difficulty',
      'elapsed_days',
      'scheduled_days',
      'learning_steps',
      'reps',
      'lapses',
      'state',
      'last_review',
      'suspended',
      'buried_until',
      'updated_at',
    ],
    pk: 'card_id',
    fileWins: (f, h) => `${f.last_review ?? ''}|${f.updated_at}` > `${h.last_review ?? ''}|${h.updated_at}`,
  },
  {
    section: 'reviewLog',
    table: 'card_reviews',
    columns: [
      'id',
      'card_id',
      'grade',
      'reviewed_at',
      'elapsed_ms',
      'state_before',
      'state_after',
      'created_row',
      'undone_at',
    ],
    pk: 'id',
    natural: ['card_id', 'reviewed_at', 'grade'],
    // An undo made on either side stands.
    fileWins: (f, h) => h.undone_at === null && f.undone_at !== null,
  },
  {
    section: 'mockExams',
    table: 'mock_exams',
    columns: [
      'id',
      'seed',
      'started_at',
      'status',
      'time_limit_ms',
      'time_used_ms',
      'question_ids',
      'answers',
      'flags',
      'question_time_ms',
      'current_index',
      'updated_at',
      'submitted_at',
      'raw_correct',
      'scaled_score',
      'passed',
      'domain_results',
    ],
    pk: 'id',
    fileWins: newer('updated_at'),
  },
  {
    section: 'quizAnswers',
    table: 'quiz_answers',
    columns: ['id', 'question_id', 'chosen', 'correct', 'answered_at', 'elapsed_ms', 'source', 'mock_id'],
    pk: 'id',
    natural: ['question_id', 'answered_at', 'source', 'mock_id'],
    fileWins: () => false,
  },
]

class Rollback extends Error {}

const same = (a: Row, b: Row, columns: readonly string[]) => columns.every((c) => a[c] === b[c])

/** Every progress table, read whole, written back whole (replace) or merged row by row, and cleared. */
export class ProgressTransferRepository {
  constructor(private readonly db: Database.Database) {}

  /** Every row of every progress table, in primary-key order. */
  dump(): ProgressData {
    const out: Record<string, Row[]> = {}
    for (const t of tables)
      out[t.section] = this.db
        .prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table} ORDER BY ${t.pk}`)
        .all() as Row[]
    return out as unknown as ProgressData
  }

  /** How many rows each progress table holds. */
  counts(): Record<ProgressSection, number> {
    const out = {} as Record<ProgressSection, number>
    for (const t of tables)
      out[t.section] = (this.db.prepare(`SELECT COUNT(*) AS n FROM ${t.table}`).get() as { n: number }).n
    return out
  }

  /**
   * Writes the file's rows in one transaction and returns what changed, section by section. With `dryRun` the
   * same writes are made and rolled back, so a preview reports exactly what applying would do.
   */
  apply(
    data: ProgressData,
    mode: 'merge' | 'replace',
    dryRun: boolean,
  ): Record<ProgressSection, SectionCounts> {
    let result: Record<ProgressSection, SectionCounts> | null = null
    const run = this.db.transaction(() => {
      const counts = {} as Record<ProgressSection, SectionCounts>
      if (mode === 'replace') {
        const before = new Map(tables.map((t) => [t.section, this.all(t)]))
        for (const t of [...tables].reverse())
          if (!t.keepOnReplace) this.db.prepare(`DELETE FROM ${t.table}`).run()
        for (const t of tables) {
          const rows = data[t.section] as unknown as Row[]
          counts[t.section] = t.keepOnReplace
            ? this.merge(t, rows, () => true)
            : this.replace(t, rows, before.get(t.section)!)
        }
      } else {
        for (const t of tables) counts[t.section] = this.merge(t, data[t.section] as unknown as Row[])
      }
      result = counts
      if (dryRun) throw new Rollback()
    })
    try {
      run()
    } catch (err) {
      if (!(err instanceof Rollback)) throw err
    }
    return result!
  }

  /** Deletes every progress row except settings; returns how many rows each table lost. */
  clearProgress(): Record<ProgressSection, number> {
    const removed = this.counts()
    removed.settings = 0
    this.db.transaction(() => {
      for (const t of [...tables].reverse())
        if (t.section !== 'settings') this.db.prepare(`DELETE FROM ${t.table}`).run()
    })()
    return removed
  }

  private all(t: TableSpec): Row[] {
    return this.db.prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table}`).all() as Row[]
  }

  private insert(t: TableSpec, withPk: boolean) {
    const cols = withPk ? t.columns : t.columns.filter((c) => c !== t.pk)
    return this.db.prepare(
      `INSERT INTO ${t.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    )
  }

  private replace(t: TableSpec, rows: Row[], before: Row[]): SectionCounts {
    const insert = this.insert(t, true)
    const here = new Map(before.map((r) => [r[t.pk], r]))
    const c: SectionCounts = {
      inFile: rows.length,
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      removed: 0,
    }
    const inFile = new Set<unknown>()
    for (const row of rows) {
      insert.run(pick(row, t.columns))
      inFile.add(row[t.pk])
      const old = here.get(row[t.pk])
      if (!old) c.added++
      else if (same(old, row, t.columns)) c.unchanged++
      else c.updated++
    }
    c.removed = before.filter((r) => !inFile.has(r[t.pk])).length
    return c
  }

  private merge(t: TableSpec, rows: Row[], fileWins = t.fileWins): SectionCounts {
    const c: SectionCounts = {
      inFile: rows.length,
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      removed: 0,
    }
    const key = t.natural ?? [t.pk]
    const keyOf = (r: Row) => JSON.stringify(key.map((k) => r[k] ?? null))
    const existing = this.all(t)
    const here = new Map(existing.map((r) => [keyOf(r), r]))
    const usedPks = new Set(existing.map((r) => r[t.pk]))
    const withPk = this.insert(t, true)
    const withoutPk = this.insert(t, false)
    const compared = t.natural ? t.columns.filter((col) => col !== t.pk) : t.columns
    const update = this.db.prepare(
      `UPDATE ${t.table} SET ${compared
        .filter((col) => col !== t.pk)
        .map((col) => `${col} = @${col}`)
        .join(', ')} WHERE ${t.pk} = @__pk`,
    )
    for (const row of rows) {
      const old = here.get(keyOf(row))
      if (!old) {
        // Keep the file's id when it is free, so merging into an empty store reproduces the file exactly.
        if (t.natural && usedPks.has(row[t.pk]))
          usedPks.add(
            Number(
              withoutPk.run(
                pick(
                  row,
                  t.columns.filter((col) => col !== t.pk),
                ),
              ).lastInsertRowid,
            ),
          )
        else {
          withPk.run(pick(row, t.columns))
          usedPks.add(row[t.pk])
        }
        c.added++
      } else if (same(old, row, compared)) c.unchanged++
      else if (fileWins(row, old)) {
        update.run({ ...pick(row, compared), __pk: old[t.pk] })
        c.updated++
      } else c.skipped++
    }
    return c
  }
}

function pick(row: Row, columns: readonly string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))
}
