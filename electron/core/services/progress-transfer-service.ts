import { AppError } from '../../shared/errors'
import {
  progressFileSchema,
  progressFormat,
  progressHeaderSchema,
  progressVersion,
  type ImportPreview,
  type ProgressFile,
  type ProgressSection,
} from '../../shared/readiness/progress-file'
import type { ProgressTransferRepository } from '../repositories/progress-transfer-repository'
import type { ReadinessContent } from './readiness-content'

type Mode = 'merge' | 'replace'

const maxFileChars = 64 * 1024 * 1024
const uploadTtlMs = 30 * 60 * 1000

interface Upload {
  count: number
  chunks: (string | undefined)[]
  chars: number
  touched: number
}

export interface TransferOptions {
  /** Takes a complete backup of the database (written under a temporary name, renamed when whole). */
  backup: (reason: string) => Promise<{ name: string }>
  /** The database is open read-only (it is newer than this version): nothing may be written. */
  readOnly: boolean
  app: { name: string; version: string }
  content: { id: string; version: string }
}

/** Export, import (merge or replace, previewed first, backed up first) and reset of the learner's progress. */
export class ProgressTransferService {
  private readonly uploads = new Map<string, Upload>()

  constructor(
    private readonly repo: ProgressTransferRepository,
    private readonly content: ReadinessContent,
    private readonly options: TransferOptions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every progress row as a versioned file. */
  export(): ProgressFile {
    return {
      format: progressFormat,
      version: progressVersion,
      exportedAt: this.now().toISOString(),
      app: this.options.app,
      content: this.options.content,
      ...this.repo.dump(),
    }
  }

  /** Receives one piece of an import file; pieces may arrive in any order. */
  upload(uploadId: string, index: number, count: number, chunk: string): { received: number; count: number } {
    const t = this.now().getTime()
    for (const [id, u] of this.uploads)
      if (id !== uploadId && t - u.touched > uploadTtlMs) this.uploads.delete(id)
    if (index >= count)
      throw new AppError('validation', 'The piece number is past the end of the file.', 'index')
    let u = this.uploads.get(uploadId)
    if (!u || u.count !== count) {
      // One import at a time: a new file replaces any earlier one still waiting.
      this.uploads.clear()
      u = { count, chunks: new Array<string | undefined>(count).fill(undefined), chars: 0, touched: t }
      this.uploads.set(uploadId, u)
    }
    u.chars += chunk.length - (u.chunks[index]?.length ?? 0)
    if (u.chars > maxFileChars) {
      this.uploads.delete(uploadId)
      throw new AppError(
        'validation',
        `The file is larger than ${maxFileChars / 1024 / 1024} MB, too large to be a progress file.`,
        'chunk',
      )
    }
    u.chunks[index] = chunk
    u.touched = t
    return { received: u.chunks.filter((c) => c !== undefined).length, count }
  }

  /** What importing the uploaded file would change, without changing anything. */
  preview(uploadId: string, mode: Mode): ImportPreview {
    const file = this.parse(uploadId)
    return this.describe(file, mode, this.repo.apply(file, mode, true))
  }

  /** Backs the database up, then imports the uploaded file; returns what changed and the backup's name. */
  async import(uploadId: string, mode: Mode): Promise<{ preview: ImportPreview; backup: string }> {
    this.writable()
    const file = this.parse(uploadId)
    const backup = (await this.options.backup('before-import')).name
    const preview = this.describe(file, mode, this.repo.apply(file, mode, false))
    this.uploads.delete(uploadId)
    return { preview, backup }
  }

  /** Backs the database up, then deletes all progress (settings are kept). */
  async reset(): Promise<{ backup: string; removed: Record<ProgressSection, number> }> {
    this.writable()
    const backup = (await this.options.backup('before-reset')).name
    return { backup, removed: this.repo.clearProgress() }
  }

  private writable(): void {
    if (this.options.readOnly) {
      throw new AppError(
        'db_too_new',
        'Your progress database is from a newer version of MLS Companion and is open read-only: nothing can be imported or reset.',
      )
    }
  }

  /** Reads and validates an uploaded file; a malformed one is refused with a message naming what is wrong. */
  private parse(uploadId: string): ProgressFile {
    const u = this.uploads.get(uploadId)
    if (!u)
      throw new AppError(
        'not_found',
        'That file is no longer waiting to be imported. Choose it again.',
        'uploadId',
      )
    if (u.chunks.some((c) => c === undefined))
      throw new AppError(
        'validation',
        'The file has not been received completely. Choose it again.',
        'uploadId',
      )
    return parseProgressFile(u.chunks.join(''))
  }

  private describe(file: ProgressFile, mode: Mode, sections: ImportPreview['sections']): ImportPreview {
    const unknown = (ids: Iterable<string>, known: Set<string>) =>
      [...new Set(ids)].filter((id) => !known.has(id)).sort()
    return {
      mode,
      exportedAt: file.exportedAt,
      app: file.app,
      sections,
      unknownIds: {
        notes: unknown(
          file.noteReads.map((r) => r.note_id),
          this.content.noteIds,
        ),
        cards: unknown(
          [...file.cardStates.map((r) => r.card_id), ...file.reviewLog.map((r) => r.card_id)],
          this.content.cardIds,
        ),
        questions: unknown(
          file.quizAnswers.map((r) => r.question_id),
          this.content.questionIds,
        ),
      },
    }
  }
}

/** Parses the text of a progress file, with a clear message for each way it can be wrong. */
export function parseProgressFile(text: string): ProgressFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new AppError(
      'validation',
      `This file is not valid JSON, so it cannot be a progress export (${(err as Error).message}). Nothing was changed.`,
    )
  }
  const header = progressHeaderSchema.safeParse(json)
  if (!header.success)
    throw new AppError(
      'validation',
      'This is not an MLS Companion progress export (it lacks "format": "mls-companion-progress"). Nothing was changed.',
    )
  if (header.data.version > progressVersion) {
    throw new AppError(
      'validation',
      `This export was made by a newer version of MLS Companion (format version ${header.data.version}). Update the app to import it. Nothing was changed.`,
    )
  }
  const parsed = progressFileSchema.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`)
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : ''
    throw new AppError(
      'validation',
      `This progress file is damaged: ${issues.join('; ')}${more}. Nothing was changed.`,
    )
  }
  return parsed.data
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') ||
    'file'
  )
}
