import type { SearchResult } from '../../shared/api'
import { type ContentBundle } from '../content/load-content'
import { escapeHtml, htmlToText } from '../content/markdown'
import { MARK_CLOSE, MARK_OPEN, SearchRepository, type SearchDoc } from '../repositories/search-repository'

/** Builds the documents of the search index from the bundle: notes, cards, questions and glossary terms. */
export function searchDocs(bundle: ContentBundle, renderNote: (id: string) => string): SearchDoc[] {
  const domainOf = (noteId: string) => bundle.noteById.get(noteId)?.domain ?? 'data-engineering'
  const titleOf = (noteId: string) => bundle.noteById.get(noteId)?.title ?? noteId
  return [
    ...bundle.notes.map((n) => ({
      kind: 'note' as const,
      id: n.id,
      noteId: n.id,
      domain: n.domain,
      title: n.title,
      body: `${n.summary} ${htmlToText(renderNote(n.id))} ${n.tags.join(' ')}`,
    })),
    ...bundle.glossary.map((g) => ({ kind: 'glossary' as const, id: g.term, noteId: g.note, domain: domainOf(g.note), title: g.term, body: g.definition })),
    ...bundle.cards.map((c) => ({
      kind: 'card' as const,
      id: c.id,
      noteId: c.note,
      domain: domainOf(c.note),
      title: titleOf(c.note),
      body: c.type === 'qa' ? `${c.front} ${c.back}` : `${c.text.replace(/\{\{|\}\}/g, '')} ${c.extra ?? ''}`,
    })),
    ...bundle.questions.map((q) => ({
      kind: 'question' as const,
      id: q.id,
      noteId: q.notes[0]!,
      domain: q.domain,
      title: titleOf(q.notes[0]!),
      body: `${q.stem} ${q.options.map((o) => o.text).join(' ')}`,
    })),
  ]
}

/** The search index of a loaded bundle: its documents, with every note's rendered HTML as its text. */
export function bundleIndex(bundle: ContentBundle, nativeBinding?: string): SearchRepository {
  return new SearchRepository(searchDocs(bundle, (id) => bundle.noteById.get(id)!.html), nativeBinding)
}

/** Turns what the learner typed into a safe FTS5 expression: every word as a quoted prefix term. */
export function toMatchExpression(query: string, mode: 'all' | 'any' = 'all'): string | null {
  const words = query
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12)
  if (words.length === 0) return null
  return words.map((w) => `"${w}"*`).join(mode === 'all' ? ' AND ' : ' OR ')
}

/** Search over all content: ranked results with highlighted snippets. */
export class SearchService {
  constructor(private readonly index: SearchRepository) {}

  /** Finds the best matches; all words must match, or failing that any of them. */
  query(q: string, limit = 20): { results: SearchResult[] } {
    const all = toMatchExpression(q, 'all')
    if (!all) return { results: [] }
    let rows = this.index.match(all, limit)
    if (rows.length === 0) {
      const any = toMatchExpression(q, 'any')!
      if (any !== all) rows = this.index.match(any, limit)
    }
    return {
      results: rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        noteId: r.noteId,
        domain: r.domain as SearchResult['domain'],
        title: r.title,
        snippet: escapeHtml(r.snippet).split(MARK_OPEN).join('<mark>').split(MARK_CLOSE).join('</mark>'),
      })),
    }
  }
}
