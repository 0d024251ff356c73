import type Database from 'better-sqlite3'

/** Which notes the learner has read, and when. */
export class NoteProgressRepository {
  private readonly selectAll
  private readonly selectIds
  private readonly selectOne
  private readonly insert
  private readonly remove

  constructor(db: Database.Database) {
    this.selectAll = db.prepare<[], { note_id: string; read_at: string }>(
      'SELECT note_id, read_at FROM note_reads',
    )
    this.selectIds = db.prepare<[], string>('SELECT note_id FROM note_reads').pluck()
    this.selectOne = db.prepare<[string], { read_at: string }>(
      'SELECT read_at FROM note_reads WHERE note_id = ?',
    )
    this.insert = db.prepare<[string, string]>(
      'INSERT INTO note_reads (note_id, read_at) VALUES (?, ?) ON CONFLICT(note_id) DO NOTHING',
    )
    this.remove = db.prepare<[string]>('DELETE FROM note_reads WHERE note_id = ?')
  }

  /** Every read note with the time it was first marked read. */
  readMap(): Map<string, string> {
    return new Map(this.selectAll.all().map((r) => [r.note_id, r.read_at]))
  }

  /** The ids of every read note (lighter than readMap(), read on every flashcard grade). */
  readIds(): Set<string> {
    return new Set(this.selectIds.all())
  }

  /** When a note was marked read, or null. */
  readAt(noteId: string): string | null {
    return this.selectOne.get(noteId)?.read_at ?? null
  }

  /** Marks a note read (keeping the first time it was read). */
  markRead(noteId: string, at: Date): string {
    this.insert.run(noteId, at.toISOString())
    return this.readAt(noteId)!
  }

  /** Marks a note unread. */
  markUnread(noteId: string): void {
    this.remove.run(noteId)
  }
}
