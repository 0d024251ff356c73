// THE contract between the renderer and the backend: every call, its input schema and its output schema.
// The preload object, the browser-mode HTTP client, the gate and the renderer's types all derive from it.
import { z } from 'zod'
import type { Channel } from './channels'
import { blueprintSchema } from './content/blueprint-schema'
import { calculatorIdSchema, domainIdSchema, figureIdSchema, idSchema } from './content/ids'
import { calculatorsContract } from './contracts/calculators'
import { dataContract } from './contracts/data'
import { diagramsContract } from './contracts/diagrams'
import { practiceContract } from './contracts/practice'
import { readinessContract } from './contracts/readiness'
import { studyTimeContract } from './contracts/study-time'

const empty = z.strictObject({})
const noteRef = z.strictObject({ id: idSchema, title: z.string() })

export const contentProblemSchema = z.strictObject({ file: z.string(), field: z.string(), message: z.string() })
export type ContentProblem = z.infer<typeof contentProblemSchema>

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  contentVersion: z.string(),
  contentDate: z.string(),
  dataDir: z.string(),
  notices: z.array(z.string()),
  contentProblems: z.array(contentProblemSchema),
})
export type AppInfo = z.infer<typeof appInfoSchema>

const treeNoteSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  read: z.boolean(),
})
const treeTopicSchema = z.strictObject({ id: idSchema, name: z.string(), notes: z.array(treeNoteSchema) })
const countsSchema = { read: z.number().int().min(0), total: z.number().int().min(0) }
export const notesTreeSchema = z.strictObject({
  domains: z.array(
    z.strictObject({
      id: domainIdSchema,
      name: z.string(),
      weight: z.number(),
      topics: z.array(treeTopicSchema),
      ...countsSchema,
    }),
  ),
  ...countsSchema,
})
export type NotesTree = z.infer<typeof notesTreeSchema>

export const noteSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  domain: domainIdSchema,
  domainName: z.string(),
  topic: idSchema,
  topicName: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  html: z.string(),
  related: z.array(noteRef),
  diagrams: z.array(idSchema),
  calculators: z.array(calculatorIdSchema),
  figures: z.array(figureIdSchema),
  sources: z.array(z.string()),
  prev: noteRef.nullable(),
  next: noteRef.nullable(),
  read: z.boolean(),
  readAt: z.string().nullable(),
  cardCount: z.number().int().min(0),
  questionCount: z.number().int().min(0),
})
export type Note = z.infer<typeof noteSchema>

export const searchResultSchema = z.strictObject({
  kind: z.enum(['note', 'card', 'question', 'glossary']),
  id: z.string(),
  noteId: idSchema,
  title: z.string(),
  snippet: z.string(),
  domain: domainIdSchema,
})
export type SearchResult = z.infer<typeof searchResultSchema>

/** A page the learner visited: its path, its name, and how far down it was scrolled. */
export const recentViewSchema = z.strictObject({
  path: z.string().min(1).max(300).startsWith('/'),
  title: z.string().max(200),
  scrollTop: z.number().int().min(0).max(10_000_000),
})
export type RecentView = z.infer<typeof recentViewSchema>

export const settingsSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  fontScale: z.number().min(0.8).max(1.6),
  reduceMotion: z.boolean(),
  /** Whether the learner finished or skipped the first-run welcome. */
  onboardingDone: z.boolean(),
  /** The minutes a day the learner means to study. */
  dailyMinutes: z.number().int().min(5).max(480),
  /** The pages visited last, newest first: the first is reopened at start, each keeps its scroll position. */
  recentViews: z.array(recentViewSchema).max(50),
})
export type Settings = z.infer<typeof settingsSchema>

/** The foundation's channels: app facts, content, the notes reader, search and settings. */
export const coreContract = {
  'app:info': { input: empty, output: appInfoSchema },
  'content:blueprint': { input: empty, output: blueprintSchema },
  'notes:tree': { input: empty, output: notesTreeSchema },
  'notes:get': { input: z.strictObject({ id: idSchema }), output: noteSchema },
  'notes:setRead': {
    input: z.strictObject({ id: idSchema, read: z.boolean() }),
    output: z.strictObject({ id: idSchema, read: z.boolean(), readAt: z.string().nullable() }),
  },
  'search:query': {
    input: z.strictObject({
      q: z.string().max(200, 'a search is at most 200 characters'),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    output: z.strictObject({ results: z.array(searchResultSchema) }),
  },
  'settings:get': { input: empty, output: settingsSchema },
  'settings:update': { input: settingsSchema.partial().strict(), output: settingsSchema },
} as const

/** Every channel: its input schema and its output schema, gathered from each feature's contract. */
export const contract = {
  ...coreContract,
  ...dataContract,
  ...practiceContract,
  ...readinessContract,
  ...diagramsContract,
  ...calculatorsContract,
  ...studyTimeContract,
}

// The channel list and the contract must name the same channels, no more and no fewer.
type ContractChannel = keyof typeof contract
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const channelsMatchContract: Exact<ContractChannel, Channel> = true
export const contractSchemasAreZod: Record<Channel, { input: z.ZodType; output: z.ZodType }> = contract

export type ApiInput<C extends Channel> = z.input<(typeof contract)[C]['input']>
export type ApiParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>
export type ApiOutput<C extends Channel> = z.output<(typeof contract)[C]['output']>

/** The API as the renderer sees it: one named async method per channel. */
export type Api = { [C in Channel]: (input: ApiInput<C>) => Promise<ApiOutput<C>> }

