import { describe, expect, it } from 'vitest'
import { buildReviewWorker, crashRun } from '../../crash-harness'
import { root, tempDir } from '../../helpers'

// The full run (100 kills, 2,000 writes) is the default; MLSC_CRASH_KILLS/MLSC_CRASH_WRITES raise it (the soak
// script uses 500 and 10,000).
const KILLS = Number(process.env.MLSC_CRASH_KILLS ?? 100)
const WRITES = Number(process.env.MLSC_CRASH_WRITES ?? 2000)

describe('a crash at any moment', () => {
  it(`loses no acknowledged review and leaves no partial transaction (${KILLS} kills, ${WRITES} writes)`, async () => {
    const worker = await buildReviewWorker(root)
    const result = await crashRun({ root, worker, dataDir: tempDir(), kills: KILLS, writes: WRITES })
    expect(result.problems).toEqual([])
    expect(result.kills).toBeGreaterThanOrEqual(KILLS)
    expect(result.acknowledged).toBeGreaterThanOrEqual(WRITES)
    console.log(`crash test: ${result.kills} kills survived, ${result.acknowledged} acknowledged writes checked`)
  }, 1_800_000)
})
