import { describe, expect, it } from 'vitest'
import { windowTitle } from '@/page-title'
import { routeTitle } from '@/route-title'
import { shortcutAction, type ShortcutKey } from '@/shortcuts'

const key = (k: string, more: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  typing: false,
  ...more,
})

describe('global shortcuts', () => {
  it('open the palettes and the help', () => {
    expect(shortcutAction(key('P', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'palette' })
    expect(shortcutAction(key('p', { metaKey: true, shiftKey: true }), false)).toEqual({ kind: 'palette' })
    expect(shortcutAction(key('k', { ctrlKey: true }), false)).toEqual({ kind: 'search' })
    expect(shortcutAction(key('?', { shiftKey: true }), false)).toEqual({ kind: 'help' })
  })

  it('go to pages with g then a letter, or with Ctrl and a digit', () => {
    expect(shortcutAction(key('g'), false)).toEqual({ kind: 'pending' })
    expect(shortcutAction(key('n'), true)).toEqual({ kind: 'go', path: '/notes' })
    expect(shortcutAction(key('n'), false)).toBeNull()
    expect(shortcutAction(key('x'), true)).toBeNull()
    expect(shortcutAction(key('7', { ctrlKey: true }), false)).toEqual({ kind: 'go', path: '/settings' })
    expect(shortcutAction(key('9', { ctrlKey: true }), false)).toBeNull()
  })

  it('find in the note with Ctrl/Cmd+F, and step with F3 or Ctrl/Cmd+G', () => {
    expect(shortcutAction(key('f', { ctrlKey: true }), false)).toEqual({ kind: 'find' })
    expect(shortcutAction(key('f', { metaKey: true, typing: true }), false)).toEqual({ kind: 'find' })
    expect(shortcutAction(key('F', { ctrlKey: true, shiftKey: true }), false)).toBeNull()
    expect(shortcutAction(key('F3', { typing: true }), false)).toEqual({ kind: 'find-next', back: false })
    expect(shortcutAction(key('F3', { shiftKey: true }), false)).toEqual({ kind: 'find-next', back: true })
    expect(shortcutAction(key('G', { metaKey: true, shiftKey: true }), false)).toEqual({
      kind: 'find-next',
      back: true,
    })
    expect(shortcutAction(key(',', { ctrlKey: true }), false)).toEqual({ kind: 'go', path: '/settings' })
  })

  it('leave letters to text fields, but not the palette keys', () => {
    expect(shortcutAction(key('?', { typing: true }), false)).toBeNull()
    expect(shortcutAction(key('g', { typing: true }), false)).toBeNull()
    expect(shortcutAction(key('k', { ctrlKey: true, typing: true }), false)).toEqual({ kind: 'search' })
  })
})

describe('the window title', () => {
  it('names the page, the practice section or the calculator', () => {
    expect(routeTitle({ name: 'home', params: {}, meta: { title: 'Today' } })).toBe('Today · MLS Companion')
    expect(routeTitle({ name: 'practice', params: { tab: 'quiz' }, meta: { title: 'Practice' } })).toBe(
      'Quiz · Practice · MLS Companion',
    )
    expect(routeTitle({ name: 'practice', params: {}, meta: { title: 'Practice' } })).toBe(
      'Review cards · Practice · MLS Companion',
    )
    expect(routeTitle({ name: 'calculator', params: { id: 'athena' }, meta: { title: 'Calculator' } })).toBe(
      'Athena cost · MLS Companion',
    )
    expect(routeTitle({ name: 'x', params: {}, meta: {} })).toBe('MLS Companion')
  })

  it('names a note or a diagram once it is shown, and only on its own page', () => {
    const item = { path: '/notes/kinesis-data-streams', title: 'Kinesis Data Streams' }
    expect(windowTitle('/notes/kinesis-data-streams', 'Notes · MLS Companion', item)).toBe(
      'Kinesis Data Streams · MLS Companion',
    )
    expect(windowTitle('/notes/s3-overview', 'Notes · MLS Companion', item)).toBe('Notes · MLS Companion')
    expect(windowTitle('/notes', 'Notes · MLS Companion', null)).toBe('Notes · MLS Companion')
  })
})
