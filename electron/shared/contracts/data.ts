import { z } from 'zod'

const empty = z.strictObject({})
const backupNameSchema = z.string().regex(/^progress-\d{8}-\d{9}-[a-z0-9-]+\.db$/, 'not a backup name')

export const backupInfoSchema = z.strictObject({
  name: z.string(),
  at: z.string(),
  reason: z.string(),
  bytes: z.number().int().min(0),
})
export type BackupInfo = z.infer<typeof backupInfoSchema>

export const databaseCheckSchema = z.strictObject({
  ok: z.boolean(),
  integrity: z.string(),
  foreignKeyViolations: z.number().int().min(0),
  sqliteVersion: z.string(),
  journalMode: z.string(),
  synchronous: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int().min(0),
  readOnly: z.boolean(),
  backups: z.number().int().min(0),
  repairWith: backupInfoSchema.nullable(),
})
export type DatabaseCheck = z.infer<typeof databaseCheckSchema>

/** The channels that keep the learner's data safe: backups, restore and the database check. */
export const dataContract = {
  'backups:list': { input: empty, output: z.strictObject({ backups: z.array(backupInfoSchema) }) },
  'backups:create': { input: empty, output: backupInfoSchema },
  'backups:restore': {
    input: z.strictObject({ name: backupNameSchema }),
    output: z.strictObject({ restored: z.string(), safetyBackup: z.string() }),
  },
  'db:check': { input: empty, output: databaseCheckSchema },
} as const
