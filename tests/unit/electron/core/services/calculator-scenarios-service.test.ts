import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../../../../../electron/shared/calculators/calculator-defaults'
import { createAppCore } from '../../../../../electron/core/app-core'
import { makeCore, migrationsDir, resourcesDir } from '../../../helpers'

const today = '2026-03-01'
const quicksight = () => defaultInputs('quicksight', today)
const athena = () => defaultInputs('athena', today)

describe('calculator scenarios', () => {
  it('are saved, listed by name, loaded, renamed, duplicated and deleted', () => {
    const core = makeCore()
    const s = core.services.calculators.scenarios
    const team = s.save({ calculator: 'quicksight', name: 'Team of ten', inputs: quicksight() })
    const small = s.save({
      calculator: 'quicksight',
      name: 'a small team',
      inputs: { ...quicksight(), authors: 2 },
    })
    s.save({ calculator: 'athena', name: 'Reports', inputs: athena() })

    expect(s.scenariosOf('quicksight').scenarios.map((x) => x.name)).toEqual(['a small team', 'Team of ten'])
    expect(s.get(small.id)).toMatchObject({
      calculator: 'quicksight',
      name: 'a small team',
      inputs: { authors: 2 },
    })

    expect(s.rename(team.id, 'Ten authors').name).toBe('Ten authors')
    const copy = s.duplicate(team.id)
    expect(copy).toMatchObject({ name: 'Ten authors (copy)', inputs: quicksight() })
    expect(s.duplicate(team.id).name).toBe('Ten authors (copy 2)')
    expect(s.delete(copy.id)).toEqual({ id: copy.id })
    expect(() => s.get(copy.id)).toThrow(/does not exist/)
    expect(s.list().calculators.find((c) => c.id === 'quicksight')?.scenarioCount).toBe(3)
  })

  it('update in place when saved with their id', () => {
    const core = makeCore({ now: () => new Date('2026-03-01T10:00:00Z') })
    const s = core.services.calculators.scenarios
    const saved = s.save({ calculator: 'athena', name: 'Reports', inputs: athena() })
    const changed = athena()
    changed.workloads[0]!.queries = 500
    const updated = s.save({ calculator: 'athena', id: saved.id, name: 'Reports, busier', inputs: changed })
    expect(updated).toMatchObject({
      id: saved.id,
      name: 'Reports, busier',
      createdAt: '2026-03-01T10:00:00.000Z',
    })
    expect(s.get(saved.id).inputs).toMatchObject({ workloads: [{ queries: 500 }] })
    expect(() => s.save({ calculator: 'quicksight', id: saved.id, name: 'X', inputs: quicksight() })).toThrow(
      /another calculator/,
    )
  })

  it('refuse a name the calculator already uses, whatever its case, but allow it for another calculator', async () => {
    const core = makeCore()
    const s = core.services.calculators.scenarios
    const first = s.save({ calculator: 'quicksight', name: 'Baseline', inputs: quicksight() })
    const result = await core.dispatch('scenarios:save', {
      calculator: 'quicksight',
      name: 'baseline',
      inputs: quicksight(),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } })
    const other = s.save({ calculator: 'quicksight', name: 'Other', inputs: quicksight() })
    expect(() => s.rename(other.id, 'BASELINE')).toThrow(/already exists/)
    expect(s.rename(first.id, 'baseline').name).toBe('baseline')
    expect(s.save({ calculator: 'athena', name: 'Baseline', inputs: athena() }).name).toBe('Baseline')
  })

  it('are checked by the gate: bad inputs come back as a validation error naming the field', async () => {
    const core = makeCore()
    const bad = athena()
    bad.workloads[0]!.queries = -5
    const negative = await core.dispatch('scenarios:save', { calculator: 'athena', name: 'Bad', inputs: bad })
    expect(negative).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        field: 'inputs.workloads[0].queries',
        message: expect.stringMatching(/cannot be negative/),
      },
    })
    const wrongKind = await core.dispatch('scenarios:save', {
      calculator: 'athena',
      name: 'Q',
      inputs: quicksight(),
    })
    expect(wrongKind).toMatchObject({
      ok: false,
      error: { code: 'validation', field: expect.stringMatching(/^inputs\./) },
    })
    const text = await core.dispatch('scenarios:save', {
      calculator: 'quicksight',
      name: 'Text',
      inputs: { ...quicksight(), authors: '10' },
    })
    expect(text).toMatchObject({ ok: false, error: { code: 'validation', field: 'inputs.authors' } })
    const blank = await core.dispatch('scenarios:save', {
      calculator: 'quicksight',
      name: '   ',
      inputs: quicksight(),
    })
    expect(blank).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
    expect(core.services.calculators.scenarios.scenariosOf('athena').scenarios).toEqual([])
  })

  it('survive a restart on the same data folder, as do the last inputs', () => {
    const first = makeCore()
    const inputs = quicksight()
    inputs.readers = [{ count: 42, sessionsPerMonth: 3 }]
    first.services.calculators.scenarios.save({ calculator: 'quicksight', name: 'Kept', inputs })
    first.services.calculators.scenarios.saveLast({ calculator: 'quicksight', inputs })
    const dataDir = first.services.app.info().dataDir
    first.close()
    const again = createAppCore({
      dataDir,
      resourcesDir,
      migrationsDir,
      mode: 'browser',
      version: '0.0.0-test',
    })
    try {
      expect(again.services.calculators.scenarios.scenariosOf('quicksight').scenarios).toMatchObject([
        { name: 'Kept', inputs },
      ])
      expect(again.services.calculators.scenarios.last('quicksight').saved).toEqual({
        calculator: 'quicksight',
        inputs,
      })
      expect(again.services.calculators.scenarios.last('athena').saved).toBeNull()
    } finally {
      again.close()
    }
  })

  it('leave out stored inputs that no longer fit the form instead of failing', () => {
    const core = makeCore()
    const s = core.services.calculators.scenarios
    const kept = s.save({ calculator: 'quicksight', name: 'Good', inputs: quicksight() })
    const broken = s.save({ calculator: 'quicksight', name: 'Broken', inputs: quicksight() })
    core.db
      .prepare('UPDATE calculator_scenarios SET inputs = ? WHERE id = ?')
      .run('{"authors": "many"}', broken.id)
    core.db.prepare("INSERT INTO calculator_last_inputs VALUES ('quicksight', '{\"x\": 1}', 'x')").run()
    expect(s.scenariosOf('quicksight').scenarios.map((x) => x.id)).toEqual([kept.id])
    expect(() => s.get(broken.id)).toThrow(/cannot read/)
    expect(s.last('quicksight').saved).toBeNull()
  })

  it('list each calculator with the notes that explain it', () => {
    const core = makeCore()
    const list = core.services.calculators.scenarios.list().calculators
    expect(list.map((c) => c.id)).toEqual([
      'athena',
      'quicksight',
      'kinesis-data-streams',
      'data-firehose',
      's3-lifecycle',
    ])
    expect(list.find((c) => c.id === 'athena')?.notes).toContainEqual({
      id: 'athena-cost-model',
      title: 'Athena cost model',
    })
    expect(list.find((c) => c.id === 's3-lifecycle')?.notes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['s3-storage-classes', 's3-lifecycle-rules']),
    )
  })
})
