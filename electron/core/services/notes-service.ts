import type { Note, NotesTree } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { ContentBundle, NoteEntry } from '../content/load-content'
import type { NoteProgressRepository } from '../repositories/note-progress-repository'

/** The notes reader: the domain tree with reading progress, single notes rendered to HTML, read marks. */
export class NotesService {
  private readonly cardCount = new Map<string, number>()
  private readonly questionCount = new Map<string, number>()

  constructor(
    private readonly bundle: ContentBundle,
    private readonly progress: NoteProgressRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const c of bundle.cards) this.cardCount.set(c.note, (this.cardCount.get(c.note) ?? 0) + 1)
    for (const q of bundle.questions) for (const n of q.notes) this.questionCount.set(n, (this.questionCount.get(n) ?? 0) + 1)
  }

  /** The four domains with their topics and notes, each marked read or not, with counts. */
  tree(): NotesTree {
    const read = this.progress.readMap()
    const domains = this.bundle.blueprint.domains.map((d) => {
      const topics = d.topics.map((t) => ({
        id: t.id,
        name: t.name,
        notes: this.bundle.notes
          .filter((n) => n.domain === d.id && n.topic === t.id)
          .map((n) => ({ id: n.id, title: n.title, summary: n.summary, read: read.has(n.id) })),
      }))
      const all = topics.flatMap((t) => t.notes)
      return { id: d.id, name: d.name, weight: d.weight, topics, read: all.filter((n) => n.read).length, total: all.length }
    })
    return {
      domains,
      read: domains.reduce((s, d) => s + d.read, 0),
      total: domains.reduce((s, d) => s + d.total, 0),
    }
  }

  /** One note, rendered, with its neighbours in reading order and its read state. */
  get(id: string): Note {
    const n = this.find(id)
    const index = this.bundle.notes.indexOf(n)
    const domain = this.bundle.blueprint.domains.find((d) => d.id === n.domain)!
    const ref = (x: NoteEntry | undefined) => (x ? { id: x.id, title: x.title } : null)
    const readAt = this.progress.readAt(id)
    return {
      id: n.id,
      title: n.title,
      domain: n.domain,
      domainName: domain.name,
      topic: n.topic,
      topicName: domain.topics.find((t) => t.id === n.topic)?.name ?? n.topic,
      summary: n.summary,
      tags: n.tags,
      html: this.render(n),
      related: n.related.flatMap((r) => {
        const rel = this.bundle.noteById.get(r)
        return rel ? [{ id: rel.id, title: rel.title }] : []
      }),
      diagrams: n.diagrams,
      calculators: n.calculators,
      figures: n.figures,
      sources: n.sources,
      prev: ref(this.bundle.notes[index - 1]),
      next: ref(this.bundle.notes[index + 1]),
      read: readAt !== null,
      readAt,
      cardCount: this.cardCount.get(id) ?? 0,
      questionCount: this.questionCount.get(id) ?? 0,
    }
  }

  /** Marks a note read or unread. */
  setRead(id: string, read: boolean): { id: string; read: boolean; readAt: string | null } {
    this.find(id)
    if (read) return { id, read: true, readAt: this.progress.markRead(id, this.now()) }
    this.progress.markUnread(id)
    return { id, read: false, readAt: null }
  }

  /** The rendered HTML of a note (rendered once, when the bundle loaded). */
  render(n: NoteEntry): string {
    return n.html
  }

  private find(id: string): NoteEntry {
    const n = this.bundle.noteById.get(id)
    if (!n) throw new AppError('not_found', `There is no note "${id}".`, 'id')
    return n
  }
}
