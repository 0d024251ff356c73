import { calculatorIds, figureIds } from '../../shared/content/ids'
import { collectRefs } from './markdown'
import type { ProblemList } from './bundle-files'
import type { ContentBundle } from './load-content'

/** Checks that ids are unique and that every link between items resolves. */
export function checkLinks(bundle: ContentBundle, problems: ProblemList): void {
  const noteIds = bundle.noteById
  const topics = new Set(bundle.blueprint.domains.flatMap((d) => d.topics.map((t) => `${d.id}/${t.id}`)))
  const seen = new Map<string, string>()
  const unique = (kind: string, id: string, file: string) => {
    const key = `${kind}:${id}`
    const first = seen.get(key)
    if (first) problems.add(file, 'id', `duplicate ${kind} id "${id}" (first in ${first})`)
    else seen.set(key, file)
  }
  const noteMustExist = (id: string, file: string, field: string) => {
    if (!noteIds.has(id)) problems.add(file, field, `links to note "${id}", which does not exist`)
  }

  for (const n of bundle.notes) {
    unique('note', n.id, n.file)
    if (!topics.has(`${n.domain}/${n.topic}`)) problems.add(n.file, 'topic', `topic "${n.topic}" is not in domain "${n.domain}" of the blueprint`)
    n.related.forEach((r, i) => noteMustExist(r, n.file, `related[${i}]`))
    n.diagrams.forEach((d, i) => {
      if (!bundle.diagrams.has(d)) problems.add(n.file, `diagrams[${i}]`, `diagram "${d}" does not exist`)
    })
    const refs = collectRefs(n.html)
    refs.notes.forEach((r) => noteMustExist(r, n.file, 'body'))
    for (const e of refs.embeds) {
      if (e.kind === 'diagram' && !bundle.diagrams.has(e.id)) problems.add(n.file, 'body', `embeds diagram "${e.id}", which does not exist`)
      if (e.kind === 'calculator' && !(calculatorIds as readonly string[]).includes(e.id)) {
        problems.add(n.file, 'body', `embeds calculator "${e.id}", which does not exist`)
      }
      if (e.kind === 'figure' && !(figureIds as readonly string[]).includes(e.id)) {
        problems.add(n.file, 'body', `embeds figure "${e.id}", which does not exist`)
      }
    }
  }
  bundle.cards.forEach((c) => {
    unique('card', c.id, 'cards')
    noteMustExist(c.note, `cards (${c.id})`, 'note')
  })
  const stems = new Map<string, string>()
  bundle.questions.forEach((q) => {
    unique('question', q.id, 'questions')
    q.notes.forEach((n, i) => noteMustExist(n, `questions (${q.id})`, `notes[${i}]`))
    if (!topics.has(`${q.domain}/${q.topic}`)) problems.add(`questions (${q.id})`, 'topic', `topic "${q.topic}" is not in domain "${q.domain}"`)
    const stem = q.stem.toLowerCase().replace(/\s+/g, ' ').trim()
    const twin = stems.get(stem)
    if (twin) problems.add(`questions (${q.id})`, 'stem', `same stem as question ${twin}`)
    else stems.set(stem, q.id)
  })
  bundle.glossary.forEach((g) => {
    unique('glossary term', g.term.toLowerCase(), 'glossary')
    noteMustExist(g.note, `glossary (${g.term})`, 'note')
  })
  for (const d of bundle.diagrams.values()) {
    d.notes.forEach((n, i) => noteMustExist(n, `diagrams/${d.id}.json`, `notes[${i}]`))
    d.nodes.forEach((node, i) => {
      if (node.note) noteMustExist(node.note, `diagrams/${d.id}.json`, `nodes[${i}].note`)
    })
  }
}
