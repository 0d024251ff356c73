import fs from 'node:fs'
import path from 'node:path'

/**
 * A bundle `factor` times the size of the shipped one: every note, card, question and glossary term copied
 * with new ids (links rewritten to the copy's own notes), for the scale figures.
 */
export function syntheticBundle(source: string, target: string, factor: number): string {
  fs.rmSync(target, { recursive: true, force: true })
  fs.cpSync(source, target, { recursive: true })
  const noteIds = new Set<string>()
  for (const domain of fs.readdirSync(path.join(source, 'notes'))) {
    for (const f of fs.readdirSync(path.join(source, 'notes', domain))) noteIds.add(f.replace(/\.md$/, ''))
  }
  const rename = (text: string, k: number) =>
    text
      .replace(/\b(note:|id: )([a-z0-9-]+)/g, (m, p: string, id: string) => (noteIds.has(id) ? `${p}${id}-x${k}` : m))
      .replace(/^related: \[(.*)\]$/m, (_m, list: string) => `related: [${list.split(',').map((s) => `${s.trim()}-x${k}`).join(', ')}]`)
  for (let k = 1; k < factor; k++) {
    for (const domain of fs.readdirSync(path.join(source, 'notes'))) {
      for (const f of fs.readdirSync(path.join(source, 'notes', domain))) {
        const text = fs.readFileSync(path.join(source, 'notes', domain, f), 'utf8')
        fs.writeFileSync(path.join(target, 'notes', domain, f.replace(/\.md$/, `-x${k}.md`)), rename(text, k).replace(/^title: (['"]?)(.*?)\1$/m, `title: $1$2 (copy ${k})$1`))
      }
    }
    for (const kind of ['cards', 'questions', 'glossary']) {
      for (const f of fs.readdirSync(path.join(source, kind))) {
        const items = JSON.parse(fs.readFileSync(path.join(source, kind, f), 'utf8')) as Record<string, unknown>[]
        const copies = items.map((it) => {
          const c = { ...it }
          if (typeof c.id === 'string') c.id = `${c.id}-x${k}`
          if (typeof c.note === 'string') c.note = `${c.note}-x${k}`
          if (Array.isArray(c.notes)) c.notes = (c.notes as string[]).map((n) => `${n}-x${k}`)
          if (typeof c.term === 'string') c.term = `${c.term} (copy ${k})`
          if (typeof c.stem === 'string') c.stem = `${c.stem} (copy ${k})`
          return c
        })
        fs.writeFileSync(path.join(target, kind, f.replace(/\.json$/, `-x${k}.json`)), JSON.stringify(copies))
      }
    }
  }
  return target
}
