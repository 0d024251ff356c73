// Which automatic backups to keep, in the spirit of Anki's: the newest backup of each of the last 12 days
// that have one, of each of the last 10 weeks, and of each of the last 9 months; the newest is always kept.

export interface BackupStamp {
  name: string
  at: Date
}

export const RETENTION = { daily: 12, weekly: 10, monthly: 9 } as const

const dayKey = (d: Date) => d.toISOString().slice(0, 10)
const monthKey = (d: Date) => d.toISOString().slice(0, 7)
/** The Monday (UTC) that starts the ISO week of a date. */
const weekKey = (d: Date) => {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)))
  return dayKey(monday)
}

/** Picks the backups to keep; every other one may be deleted. */
export function backupsToKeep(backups: BackupStamp[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  if (newestFirst[0]) keep.add(newestFirst[0].name)
  for (const [key, limit] of [
    [dayKey, RETENTION.daily],
    [weekKey, RETENTION.weekly],
    [monthKey, RETENTION.monthly],
  ] as const) {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      const k = key(b.at)
      if (seen.has(k)) continue
      if (seen.size >= limit) break
      seen.add(k)
      keep.add(b.name)
    }
  }
  return keep
}
