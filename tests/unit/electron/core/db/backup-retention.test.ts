import { describe, expect, it } from 'vitest'
import { backupsToKeep, RETENTION, type BackupStamp } from '../../../../../electron/core/db/backup-retention'

const DAY = 86_400_000

/** Simulates 400 days of use with a backup every 30 minutes of study, pruning after each one as the app does. */
function simulate(days: number, sessionsPerDay: (day: number) => number): BackupStamp[] {
  let kept: BackupStamp[] = []
  const start = Date.UTC(2025, 0, 1, 8)
  for (let day = 0; day < days; day++) {
    for (let s = 0; s < sessionsPerDay(day); s++) {
      const at = new Date(start + day * DAY + s * 30 * 60_000)
      kept.push({ name: at.toISOString(), at })
      const keep = backupsToKeep(kept)
      kept = kept.filter((b) => keep.has(b.name))
    }
  }
  return kept
}

describe('backup retention', () => {
  it('keeps 12 daily, 10 weekly and 9 monthly backups over 400 days, and the newest', () => {
    const kept = simulate(400, () => 3)
    const newest = kept.reduce((a, b) => (a.at > b.at ? a : b))
    expect(newest.at.toISOString().slice(0, 10)).toBe(new Date(Date.UTC(2025, 0, 1) + 399 * DAY).toISOString().slice(0, 10))
    const days = new Set(kept.map((b) => b.at.toISOString().slice(0, 10)))
    const months = new Set(kept.map((b) => b.at.toISOString().slice(0, 7)))
    // The last 12 days each have their newest backup.
    for (let d = 0; d < RETENTION.daily; d++) {
      expect(days.has(new Date(Date.UTC(2025, 0, 1) + (399 - d) * DAY).toISOString().slice(0, 10))).toBe(true)
    }
    expect(months.size).toBeGreaterThanOrEqual(RETENTION.monthly)
    expect(kept.length).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly)
    // Nothing older than the ninth month back survives.
    const oldest = kept.reduce((a, b) => (a.at < b.at ? a : b))
    expect(newest.at.getTime() - oldest.at.getTime()).toBeLessThan(300 * DAY)
    expect(newest.at.getTime() - oldest.at.getTime()).toBeGreaterThan(200 * DAY)
  })

  it('keeps the newest backup of each day, not the first', () => {
    const kept = simulate(2, () => 5)
    const day0 = kept.filter((b) => b.at.getUTCDate() === 1)
    expect(day0).toHaveLength(1)
    expect(day0[0]!.at.getUTCHours()).toBe(10)
  })

  it('keeps everything while there are few backups, and always the newest even when studying rarely', () => {
    expect(simulate(5, () => 1)).toHaveLength(5)
    const sparse = simulate(400, (d) => (d % 45 === 0 ? 1 : 0))
    expect(sparse.length).toBe(9)
  })

  it('keeps a lone backup', () => {
    const at = new Date()
    expect(backupsToKeep([{ name: 'a', at }])).toEqual(new Set(['a']))
    expect(backupsToKeep([])).toEqual(new Set())
  })
})
