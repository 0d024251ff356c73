import { describe, expect, it } from 'vitest'
import { athenaCapacityCost } from '../../../../../renderer/src/features/calculators/model/athena-cost'
import { formatMoney } from '../../../../../renderer/src/features/calculators/model/units'
import { loadSheet } from './load-sheets'

const capacity = loadSheet('athena-provisioned-capacity')

// Worked by hand at $0.30 per DPU-hour, billed per minute, with the minimums in force on each date.

describe('Athena provisioned capacity', () => {
  it.each([
    [
      'launch rules: 24 DPU for 1 h is billed 8 h',
      { dpus: 24, minutesPerReservation: 60, reservationsPerMonth: 1, date: '2023-06-01' },
      24 * 8 * 0.3,
      '$57.60',
    ],
    [
      'from 31 Oct 2023: 30 minutes is billed 1 h',
      { dpus: 24, minutesPerReservation: 30, reservationsPerMonth: 1, date: '2024-01-01' },
      24 * 0.3,
      '$7.20',
    ],
    [
      '8 hours a working day, 22 days',
      { dpus: 24, minutesPerReservation: 480, reservationsPerMonth: 22, date: '2024-06-01' },
      24 * 8 * 22 * 0.3,
      '$1,267.20',
    ],
    [
      'from February 2026: 4 DPU for 1 minute',
      { dpus: 4, minutesPerReservation: 1, reservationsPerMonth: 1, date: '2026-03-01' },
      (4 / 60) * 0.3,
      '$0.02',
    ],
    [
      'per-minute billing rounds 90.5 minutes to 91',
      { dpus: 8, minutesPerReservation: 90.5, reservationsPerMonth: 1, date: '2026-03-01' },
      ((8 * 91) / 60) * 0.3,
      '$3.64',
    ],
    [
      'a reservation held all month (730 h)',
      { dpus: 24, minutesPerReservation: 43_800, reservationsPerMonth: 1, date: '2024-06-01' },
      24 * 730 * 0.3,
      '$5,256.00',
    ],
  ])('%s', (_name, input, amount, display) => {
    const outcome = athenaCapacityCost(input, capacity)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.total).toBeCloseTo(amount, 10)
    expect(formatMoney(outcome.result.total)).toBe(display)
  })

  it.each([
    [{ date: '2023-01-01' }, 'date', 'not available before 2023-04-27'],
    [{ dpus: 8, date: '2024-01-01' }, 'dpus', 'at least 24 DPU'],
    [{ dpus: 6, date: '2026-03-01' }, 'dpus', 'steps of 4'],
    [{ minutesPerReservation: 0 }, 'minutesPerReservation', 'above 0'],
    [{ minutesPerReservation: 50_000 }, 'minutesPerReservation', 'longer than a month'],
    [{ date: 'yesterday' }, 'date', 'YYYY-MM-DD'],
  ])('refuses %j', (patch, field, message) => {
    const outcome = athenaCapacityCost(
      { dpus: 24, minutesPerReservation: 60, reservationsPerMonth: 1, date: '2024-01-01', ...patch },
      capacity,
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors[field]).toContain(message)
  })
})
