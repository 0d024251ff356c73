import { describe, expect, it } from 'vitest'
import {
  localToday,
  parseNumberText,
  prefixErrors,
} from '../../../../../../renderer/src/features/calculators/engine/draft'

describe('reading a number field', () => {
  it.each([
    ['50', 50],
    [' 0.6 ', 0.6],
    ['1,521', 1521],
    ['1,000,000.5', 1000000.5],
    ['.5', 0.5],
    ['1e6', 1e6],
    ['-3', -3],
  ])('reads %j as %j', (text, value) => {
    expect(parseNumberText(text)).toBe(value)
  })

  it.each(['abc', '1,5', '0x10', 'Infinity', '1e999', '12 GB', '--1'])(
    'keeps %j as text, for the calculator to refuse',
    (text) => {
      expect(parseNumberText(text)).toBe(text)
    },
  )

  it('reads an empty field as empty, which the calculators call required', () => {
    expect(parseNumberText('   ')).toBe('')
  })
})

describe('draft helpers', () => {
  it('prefix field names and give the local date', () => {
    expect(prefixErrors({ tableSize: 'x' }, 'lake.')).toEqual({ 'lake.tableSize': 'x' })
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })
})
