// Validates the content bundle and prints every problem (file, field, message) and the counts per domain.
// Usage: npm run check:content [-- --dir path/to/resources]
import path from 'node:path'
import { loadContent } from '../electron/core/content/load-content'

const dirArg = process.argv.indexOf('--dir')
const dir = path.resolve(dirArg > 0 ? process.argv[dirArg + 1]! : 'resources')
const { bundle, problems } = loadContent(dir)

const rows = bundle.blueprint.domains.map((d) => {
  const notes = bundle.notes.filter((n) => n.domain === d.id)
  const noteIds = new Set(notes.map((n) => n.id))
  return {
    domain: d.id,
    weight: d.weight,
    notes: notes.length,
    cards: bundle.cards.filter((c) => noteIds.has(c.note)).length,
    questions: bundle.questions.filter((q) => q.domain === d.id).length,
  }
})
console.table(rows)
console.log(`glossary terms: ${bundle.glossary.length}, diagrams: ${bundle.diagrams.size}`)
for (const p of problems) console.log(`${p.file} · ${p.field}: ${p.message}`)
console.log(problems.length === 0 ? 'content OK' : `${problems.length} problem(s)`)
process.exitCode = problems.length === 0 ? 0 : 1
