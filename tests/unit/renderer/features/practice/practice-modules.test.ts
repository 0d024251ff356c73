import { describe, expect, it } from 'vitest'
import {
  choiceComplete,
  choiceHint,
  toggleChoice,
} from '../../../../../renderer/src/features/practice/choice'
import { cramGrade } from '../../../../../renderer/src/features/practice/cram-queue'
import { MockClock } from '../../../../../renderer/src/features/practice/mock-clock'
import { navigatorCounts, navigatorItems } from '../../../../../renderer/src/features/practice/mock-navigator'
import {
  formatClock,
  formatDuration,
  formatInterval,
  percent,
} from '../../../../../renderer/src/features/practice/practice-format'
import { reviewKeyAction } from '../../../../../renderer/src/features/practice/review-keys'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('practice formatting', () => {
  it('shows review intervals the way Anki does', () => {
    expect(formatInterval(30_000)).toBe('<1m')
    expect(formatInterval(60_000)).toBe('1m')
    expect(formatInterval(10 * 60_000)).toBe('10m')
    expect(formatInterval(5 * 3_600_000)).toBe('5h')
    expect(formatInterval(3 * 86_400_000)).toBe('3d')
    expect(formatInterval(75 * 86_400_000)).toBe('2.5mo')
    expect(formatInterval(400 * 86_400_000)).toBe('1.1y')
  })

  it('shows exam clocks and durations', () => {
    expect(formatClock(180 * 60_000)).toBe('3:00:00')
    expect(formatClock(59_001)).toBe('0:01:00')
    expect(formatClock(-5)).toBe('0:00:00')
    expect(formatDuration(45_000)).toBe('45 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
    expect(formatDuration(3 * 3_600_000)).toBe('3 h 00 min')
    expect(percent(1, 3)).toBe(33)
    expect(percent(1, 0)).toBe(0)
  })
})

describe('review keys', () => {
  it('reveals with Space or Enter, then grades with 1–4 (Space/Enter meaning Good)', () => {
    expect(reviewKeyAction(key(' '), false)).toEqual({ kind: 'reveal' })
    expect(reviewKeyAction(key('Enter'), false)).toEqual({ kind: 'reveal' })
    expect(reviewKeyAction(key('3'), false)).toBeNull()
    expect(reviewKeyAction(key('1'), true)).toEqual({ kind: 'grade', grade: 1 })
    expect(reviewKeyAction(key('4'), true)).toEqual({ kind: 'grade', grade: 4 })
    expect(reviewKeyAction(key('Enter'), true)).toEqual({ kind: 'grade', grade: 3 })
  })

  it('undoes with Ctrl+Z or Cmd+Z, buries with -, suspends with !', () => {
    expect(reviewKeyAction(key('z', { ctrlKey: true }), true)).toEqual({ kind: 'undo' })
    expect(reviewKeyAction(key('Z', { metaKey: true }), false)).toEqual({ kind: 'undo' })
    expect(reviewKeyAction(key('-'), false)).toEqual({ kind: 'bury' })
    expect(reviewKeyAction(key('!'), true)).toEqual({ kind: 'suspend' })
    expect(reviewKeyAction(key('1', { ctrlKey: true }), true)).toBeNull()
    expect(reviewKeyAction(key('z'), true)).toBeNull()
  })
})

describe('choosing options', () => {
  it('replaces a single answer and toggles up to N for "Choose N"', () => {
    expect(toggleChoice(['a'], 'b', 1)).toEqual(['b'])
    expect(toggleChoice(['c'], 'a', 2)).toEqual(['a', 'c'])
    expect(toggleChoice(['a', 'c'], 'd', 2)).toEqual(['a', 'c'])
    expect(toggleChoice(['a', 'c'], 'a', 2)).toEqual(['c'])
    expect(choiceHint(2)).toBe('Choose two.')
    expect(choiceHint(1)).toBe('Choose one.')
    expect(choiceComplete(['a'], 2)).toBe(false)
    expect(choiceComplete(['a', 'b'], 2)).toBe(true)
  })
})

describe('cram queue', () => {
  it('sends Again a few cards back and takes any other grade out', () => {
    let s = { queue: ['a', 'b', 'c', 'd', 'e'], done: 0, again: 0 }
    s = cramGrade(s, 1)
    expect(s.queue).toEqual(['b', 'c', 'd', 'a', 'e'])
    s = cramGrade(s, 3)
    expect(s).toEqual({ queue: ['c', 'd', 'a', 'e'], done: 1, again: 1 })
    expect(cramGrade({ queue: ['x'], done: 0, again: 0 }, 1).queue).toEqual(['x'])
    expect(cramGrade({ queue: [], done: 2, again: 0 }, 4)).toEqual({ queue: [], done: 2, again: 0 })
  })
})

describe('the mock exam clock', () => {
  it('counts total and per-question time only while running', () => {
    let t = 1000
    const clock = new MockClock(60_000, { q1: 60_000 }, () => t)
    clock.start('q1')
    t += 5000
    expect(clock.used()).toBe(65_000)
    clock.switchTo('q2')
    t += 2000
    expect(clock.questionTimes()).toEqual({ q1: 65_000, q2: 2000 })
    clock.stop()
    t += 100_000
    expect(clock.used()).toBe(67_000)
    expect(clock.running).toBe(false)
    clock.start('q2')
    t += 1000
    expect(clock.questionTimes()).toEqual({ q1: 65_000, q2: 3000 })
    expect(clock.used()).toBe(68_000)
  })
})

describe('the question navigator', () => {
  it('labels each question with its state and counts them', () => {
    const items = navigatorItems(['a', 'b', 'c'], { a: ['x'], b: [] }, ['b'], 2)
    expect(items.map((i) => i.label)).toEqual([
      'Question 1: answered',
      'Question 2: not answered, flagged for review',
      'Question 3: not answered, current',
    ])
    expect(navigatorCounts(items)).toEqual({ answered: 1, unanswered: 2, flagged: 1 })
  })
})
