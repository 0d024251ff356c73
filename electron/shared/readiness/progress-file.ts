// The progress export file, version 1: every row of the learner's progress tables, as stored. Each row is
// validated as strictly as the database would check it, so a file that passes imports without surprises.
import { z } from 'zod'

export const progressFormat = 'mls-companion-progress'
export const progressVersion = 1

const text = (max = 200) => z.string().min(1).max(max)
const time = z.iso.datetime({ offset: true })
const int = z.number().int()
const flag = z.union([z.literal(0), z.literal(1)])
const jsonText = z
  .string()
  .max(200_000)
  .refine((s) => {
    try {
      JSON.parse(s)
      return true
    } catch {
      return false
    }
  }, 'must be JSON text')

export const settingRowSchema = z.strictObject({ key: text(), value: jsonText, updated_at: time })
export const noteReadRowSchema = z.strictObject({ note_id: text(), read_at: time })
export const cardStateRowSchema = z.strictObject({
  card_id: text(),
  due: time,
  stability: z.number().min(0),
  difficulty: z.number(),
  elapsed_days: int,
  scheduled_days: int,
  learning_steps: int,
  reps: int.min(0),
  lapses: int.min(0),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: time.nullable(),
  suspended: flag,
  buried_until: time.nullable(),
  updated_at: time,
})
export const reviewRowSchema = z.strictObject({
  id: int.positive(),
  card_id: text(),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  reviewed_at: time,
  elapsed_ms: int.min(0),
  state_before: jsonText,
  state_after: jsonText,
  created_row: flag,
  undone_at: time.nullable(),
})
export const mockExamRowSchema = z.strictObject({
  id: text(),
  seed: int,
  started_at: time,
  status: z.enum(['in_progress', 'paused', 'submitted']),
  time_limit_ms: int.positive(),
  time_used_ms: int.min(0),
  question_ids: jsonText,
  answers: jsonText,
  flags: jsonText,
  question_time_ms: jsonText,
  current_index: int,
  updated_at: time,
  submitted_at: time.nullable(),
  raw_correct: int.nullable(),
  scaled_score: int.min(100).max(1000).nullable(),
  passed: flag.nullable(),
  domain_results: jsonText.nullable(),
})
export const quizAnswerRowSchema = z
  .strictObject({
    id: int.positive(),
    question_id: text(),
    chosen: jsonText,
    correct: flag,
    answered_at: time,
    elapsed_ms: int.min(0),
    source: z.enum(['quiz', 'mock', 'retry']),
    mock_id: text().nullable(),
  })
  .refine((r) => (r.source === 'mock') === (r.mock_id !== null), {
    message: 'a mock answer names its mock exam, and only a mock answer does',
    path: ['mock_id'],
  })

export type SettingRow = z.infer<typeof settingRowSchema>
export type NoteReadRow = z.infer<typeof noteReadRowSchema>
export type CardStateFileRow = z.infer<typeof cardStateRowSchema>
export type ReviewFileRow = z.infer<typeof reviewRowSchema>
export type MockExamRow = z.infer<typeof mockExamRowSchema>
export type QuizAnswerRow = z.infer<typeof quizAnswerRowSchema>

/** Each section of the file and the table it holds, in the order they are written back (parents first). */
export const progressSections = [
  ['settings', 'settings', 'key'],
  ['noteReads', 'note_reads', 'note_id'],
  ['cardStates', 'card_states', 'card_id'],
  ['reviewLog', 'card_reviews', 'id'],
  ['mockExams', 'mock_exams', 'id'],
  ['quizAnswers', 'quiz_answers', 'id'],
] as const
export type ProgressSection = (typeof progressSections)[number][0]

function unique<T>(rows: T[], key: (r: T) => unknown): boolean {
  return new Set(rows.map(key)).size === rows.length
}

const dataShape = {
  settings: z.array(settingRowSchema).max(1000),
  noteReads: z.array(noteReadRowSchema).max(100_000),
  cardStates: z.array(cardStateRowSchema).max(100_000),
  reviewLog: z.array(reviewRowSchema).max(2_000_000),
  mockExams: z.array(mockExamRowSchema).max(10_000),
  quizAnswers: z.array(quizAnswerRowSchema).max(2_000_000),
}

/** The file's header, checked first so an unknown or newer file gets a clear message. */
export const progressHeaderSchema = z.object({ format: z.literal(progressFormat), version: z.number().int() })

export const progressFileSchema = z
  .strictObject({
    format: z.literal(progressFormat),
    version: z.literal(progressVersion),
    exportedAt: time,
    app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }),
    content: z.strictObject({ id: z.string().max(100), version: z.string().max(50) }),
    ...dataShape,
  })
  .superRefine((d, ctx) => {
    for (const [section, , key] of progressSections) {
      const rows = d[section] as Record<string, unknown>[]
      if (!unique(rows, (r) => r[key]))
        ctx.addIssue({ code: 'custom', path: [section], message: `two rows share the same ${key}` })
    }
    const mocks = new Set(d.mockExams.map((m) => m.id))
    d.quizAnswers.forEach((a, i) => {
      if (a.mock_id !== null && !mocks.has(a.mock_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quizAnswers', i, 'mock_id'],
          message: `names mock exam "${a.mock_id}", which the file does not have`,
        })
      }
    })
  })
export type ProgressFile = z.infer<typeof progressFileSchema>
export type ProgressData = Pick<ProgressFile, ProgressSection>

const n = z.number().int().min(0)
const sectionCounts = z.strictObject({
  inFile: n,
  added: n,
  updated: n,
  unchanged: n,
  /** Merge: rows of the file left out because the copy here is newer. */
  skipped: n,
  /** Replace: rows here that the file does not have, removed. */
  removed: n,
})
export type SectionCounts = z.infer<typeof sectionCounts>

/** What an import would change, section by section, before anything is applied. */
export const importPreviewSchema = z.strictObject({
  mode: z.enum(['merge', 'replace']),
  exportedAt: z.string(),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  sections: z.strictObject({
    settings: sectionCounts,
    noteReads: sectionCounts,
    cardStates: sectionCounts,
    reviewLog: sectionCounts,
    mockExams: sectionCounts,
    quizAnswers: sectionCounts,
  }),
  /** Ids the file has progress for that the current content no longer has: imported and kept all the same. */
  unknownIds: z.strictObject({
    notes: z.array(z.string()),
    cards: z.array(z.string()),
    questions: z.array(z.string()),
  }),
})
export type ImportPreview = z.infer<typeof importPreviewSchema>
