import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import type { ContentProblem } from '../../shared/api'
import { blueprintSchema, manifestSchema, type Blueprint, type Manifest } from '../../shared/content/blueprint-schema'
import { noteFrontMatterSchema, type NoteFrontMatter } from '../../shared/content/note-schema'
import {
  cardSchema,
  glossaryEntrySchema,
  questionSchema,
  type Card,
  type GlossaryEntry,
  type Question,
} from '../../shared/content/practice-schema'
import { fieldPath, listBundleFiles, parseJson, ProblemList, readBundleFile } from './bundle-files'
import { checkLinks } from './check-links'
import { createMarkdown } from './markdown'
import { loadExtraCollections, type ExtraCollections } from './extra-collections'

export interface NoteEntry extends NoteFrontMatter {
  file: string
  body: string
  /** The body rendered to HTML, once, at load. */
  html: string
}

export interface ContentBundle extends ExtraCollections {
  dir: string
  manifest: Manifest
  blueprint: Blueprint
  /** Notes in reading order: domain, then topic, then `order`. */
  notes: NoteEntry[]
  noteById: Map<string, NoteEntry>
  cards: Card[]
  questions: Question[]
  glossary: GlossaryEntry[]
}

export interface LoadedContent {
  bundle: ContentBundle
  problems: ContentProblem[]
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/** Loads and validates the whole content bundle; broken files are reported (file + field) and left out. */
export function loadContent(dir: string): LoadedContent {
  const problems = new ProblemList()
  const manifest = parseOne(dir, 'manifest.json', manifestSchema, problems) ?? {
    id: 'missing',
    version: '0.0.0',
    date: '1970-01-01',
    exam: 'mls-c01',
  }
  const blueprint = parseOne(dir, `blueprint/${manifest.exam}.json`, blueprintSchema, problems)
  if (!blueprint) {
    throw new Error(`The content bundle has no valid exam blueprint (${problems.items.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')})`)
  }
  const notes = loadNotes(dir, problems)
  const cards = parseArrays(dir, 'cards', cardSchema, problems)
  const questions = parseArrays(dir, 'questions', questionSchema, problems)
  const glossary = parseArrays(dir, 'glossary', glossaryEntrySchema, problems)
  const extra = loadExtraCollections(dir, problems)

  const domainOrder = new Map(blueprint.domains.map((d, i) => [d.id, i]))
  const topicOrder = new Map(blueprint.domains.flatMap((d) => d.topics.map((t, i) => [`${d.id}/${t.id}`, i] as const)))
  const byKey = (n: NoteEntry) => [domainOrder.get(n.domain) ?? 99, topicOrder.get(`${n.domain}/${n.topic}`) ?? 99, n.order] as const
  notes.sort((a, b) => {
    const ka = byKey(a)
    const kb = byKey(b)
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || a.title.localeCompare(b.title)
  })
  const bundle: ContentBundle = {
    dir,
    manifest,
    blueprint,
    notes,
    noteById: new Map(notes.map((n) => [n.id, n])),
    cards,
    questions,
    glossary,
    ...extra,
  }
  checkLinks(bundle, problems)
  return { bundle, problems: problems.items }
}

function parseOne<S extends z.ZodType>(dir: string, rel: string, schema: S, problems: ProblemList): z.output<S> | undefined {
  const text = readBundleFile(dir, rel, problems)
  if (text === null) return undefined
  const json = parseJson(text, rel, problems)
  if (json === undefined) return undefined
  const result = schema.safeParse(json)
  if (result.success) return result.data
  for (const issue of result.error.issues) problems.add(rel, fieldPath('', issue.path), issue.message)
  return undefined
}

/** Parses every JSON array file in a folder, keeping the valid items and reporting the others one by one. */
export function parseArrays<S extends z.ZodType>(dir: string, sub: string, schema: S, problems: ProblemList): z.output<S>[] {
  const out: z.output<S>[] = []
  for (const rel of listBundleFiles(dir, sub, '.json', problems)) {
    const text = readBundleFile(dir, rel, problems)
    if (text === null) continue
    const json = parseJson(text, rel, problems)
    if (json === undefined) continue
    if (!Array.isArray(json)) {
      problems.add(rel, '', 'must be a JSON array')
      continue
    }
    json.forEach((item, i) => {
      const result = schema.safeParse(item)
      if (result.success) out.push(result.data)
      else for (const issue of result.error.issues) problems.add(rel, fieldPath(`[${i}]`, issue.path), issue.message)
    })
  }
  return out
}

function loadNotes(dir: string, problems: ProblemList): NoteEntry[] {
  const notes: NoteEntry[] = []
  const md = createMarkdown()
  for (const rel of listBundleFiles(dir, 'notes', '.md', problems)) {
    const text = readBundleFile(dir, rel, problems)
    if (text === null) continue
    const m = frontMatter.exec(text)
    if (!m) {
      problems.add(rel, '', 'a note must start with YAML front matter between --- lines')
      continue
    }
    let data: unknown
    try {
      data = parseYaml(m[1]!, { schema: 'core', maxAliasCount: 10 })
    } catch (err) {
      problems.add(rel, 'front matter', `invalid YAML: ${(err as Error).message.split('\n')[0]}`)
      continue
    }
    const result = noteFrontMatterSchema.safeParse(data)
    if (!result.success) {
      for (const issue of result.error.issues) problems.add(rel, fieldPath('', issue.path), issue.message)
      continue
    }
    const fm = result.data
    const expected = `notes/${fm.domain}/${fm.id}.md`
    if (rel !== expected) problems.add(rel, 'id', `a note with id "${fm.id}" in domain "${fm.domain}" must live at ${expected}`)
    const body = text.slice(m[0].length)
    notes.push({ ...fm, file: rel, body, html: md.render(body) })
  }
  return notes
}
