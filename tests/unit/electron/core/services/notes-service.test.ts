import { describe, expect, it } from 'vitest'
import { createAppCore } from '../../../../../electron/core/app-core'
import { makeCore, migrationsDir, resourcesDir, tempDir } from '../../../helpers'

describe('the notes reader', () => {
  it('lists the four domains with their topics and notes, all unread at first', () => {
    const tree = makeCore().services.notes.tree()
    expect(tree.domains.map((d) => d.weight)).toEqual([20, 24, 36, 20])
    expect(tree.read).toBe(0)
    expect(tree.total).toBe(tree.domains.reduce((s, d) => s + d.total, 0))
    expect(tree.domains[0]!.topics.flatMap((t) => t.notes).some((n) => n.id === 'kinesis-data-streams')).toBe(true)
  })

  it('renders a note with callouts, neighbours and links that resolve', () => {
    const { services } = makeCore()
    const note = services.notes.get('kinesis-data-streams')
    expect(note.html).toContain('class="callout callout-tip"')
    expect(note.prev).not.toBeNull()
    expect(note.next).not.toBeNull()
    expect(services.notes.get(note.next!.id).prev?.id).toBe(note.id)
    for (const m of note.html.matchAll(/data-note-link="([a-z0-9-]+)"/g)) expect(() => services.notes.get(m[1]!)).not.toThrow()
  })

  it('keeps reading progress in SQLite across a restart', () => {
    const dataDir = tempDir()
    const options = { dataDir, resourcesDir, migrationsDir, mode: 'browser' as const, version: 't', now: () => new Date('2026-03-01T10:00:00Z') }
    const first = createAppCore(options)
    first.services.notes.setRead('s3-overview', true)
    first.services.notes.setRead('data-firehose', true)
    first.services.notes.setRead('data-firehose', false)
    first.close()
    const second = createAppCore(options)
    try {
      expect(second.services.notes.get('s3-overview')).toMatchObject({ read: true, readAt: '2026-03-01T10:00:00.000Z' })
      expect(second.services.notes.get('data-firehose').read).toBe(false)
      expect(second.services.notes.tree().read).toBe(1)
    } finally {
      second.close()
    }
  })

  it('answers an unknown note with not_found', () => {
    expect(() => makeCore().services.notes.get('no-such-note')).toThrow(/There is no note/)
  })
})
