import { describe, expect, it } from 'vitest'
import { lastRoute, rememberRoute } from '@/last-route'
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

  it('leave letters to text fields, but not the palette keys', () => {
    expect(shortcutAction(key('?', { typing: true }), false)).toBeNull()
    expect(shortcutAction(key('g', { typing: true }), false)).toBeNull()
    expect(shortcutAction(key('k', { ctrlKey: true, typing: true }), false)).toEqual({ kind: 'search' })
  })
})

describe('the last page visited', () => {
  it('remembers pages other than Today and survives damaged storage', () => {
    const data = new Map<string, string>()
    const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
    expect(lastRoute(store)).toBeNull()
    rememberRoute('/notes/kinesis-data-streams', 'Notes', store)
    rememberRoute('/', 'Today', store)
    expect(lastRoute(store)).toEqual({ path: '/notes/kinesis-data-streams', title: 'Notes' })
    data.set('mlsc.lastRoute', '{oops')
    expect(lastRoute(store)).toBeNull()
    data.set('mlsc.lastRoute', JSON.stringify({ path: 'https://example.com', title: 'x' }))
    expect(lastRoute(store)).toBeNull()
  })
})

describe('the window title', () => {
  it('names the page, the practice section or the calculator', () => {
    expect(routeTitle({ name: 'home', params: {}, meta: { title: 'Today' } })).toBe('Today · MLS Companion')
    expect(routeTitle({ name: 'practice', params: { tab: 'quiz' }, meta: { title: 'Practice' } })).toBe('Quiz · Practice · MLS Companion')
    expect(routeTitle({ name: 'practice', params: {}, meta: { title: 'Practice' } })).toBe('Review cards · Practice · MLS Companion')
    expect(routeTitle({ name: 'calculator', params: { id: 'athena' }, meta: { title: 'Calculator' } })).toBe('Athena cost · MLS Companion')
    expect(routeTitle({ name: 'x', params: {}, meta: {} })).toBe('MLS Companion')
  })
})
