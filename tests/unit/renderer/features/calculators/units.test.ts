import { describe, expect, it } from 'vitest'
import {
  billedRecordBytes,
  convertData,
  daysPerMonth,
  formatDataSize,
  formatMoney,
  formatNumber,
  formatPrice,
  FIREHOSE_RECORD_UNIT_BYTES,
  KINESIS_ON_DEMAND_RECORD_UNIT_BYTES,
  KINESIS_PUT_PAYLOAD_UNIT_BYTES,
  perDayToPerMonth,
  perSecondToPerMonth,
  secondsPerMonth,
  toBytes,
  unitsPerRecord,
} from '../../../../../renderer/src/features/calculators/model/units'

describe('binary data units', () => {
  it.each([
    [1, 'TB', 'GB', 1024],
    [1, 'TB', 'MB', 1_048_576],
    [1, 'MB', 'B', 2 ** 20],
    [0.6, 'GB', 'MB', 614.4],
    [1, 'PB', 'TB', 1024],
    [3, 'TB', 'MB', 3_145_728],
  ] as const)('%s %s = %s %s', (value, from, to, expected) => {
    expect(convertData(value, from, to)).toBeCloseTo(expected, 9)
  })

  it('converts to bytes exactly for powers of two', () => {
    expect(toBytes(1, 'EB')).toBe(2 ** 60)
    expect(toBytes(25, 'KB')).toBe(25_600)
  })
})

describe('months', () => {
  it('uses 730 hours by default and 720 on request', () => {
    expect(secondsPerMonth()).toBe(2_628_000)
    expect(secondsPerMonth(720)).toBe(2_592_000)
    expect(daysPerMonth()).toBeCloseTo(30.4167, 4)
  })

  it.each([
    [50, 730, 1521],
    [50, 720, 1500],
    [1, 730, 30],
    [0, 730, 0],
    [100, 730, 3042],
  ] as const)(
    '%s a day over %s hours is %s a month, rounded like the AWS calculator',
    (perDay, hours, expected) => {
      expect(perDayToPerMonth(perDay, hours)).toBe(expected)
    },
  )

  it('keeps per-second totals exact', () => {
    expect(perSecondToPerMonth(100, 720)).toBe(259_200_000)
  })
})

describe('record billing units', () => {
  it.each([
    [5, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 1],
    [25, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 1],
    [26, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 2],
    [35, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 2],
    [45, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 2],
    [1024, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 41],
    [1000, KINESIS_PUT_PAYLOAD_UNIT_BYTES, 40],
    [0.5, KINESIS_ON_DEMAND_RECORD_UNIT_BYTES, 1],
    [3, FIREHOSE_RECORD_UNIT_BYTES, 1],
    [12, FIREHOSE_RECORD_UNIT_BYTES, 3],
  ] as const)('a %s KB record in %s-byte units is %s units', (kb, unit, expected) => {
    expect(unitsPerRecord(kb * 1024, unit)).toBe(expected)
  })

  it('bills a 3 KB Firehose record as 5 KB and a 12 KB one as 15 KB', () => {
    expect(billedRecordBytes(3 * 1024, FIREHOSE_RECORD_UNIT_BYTES)).toBe(5 * 1024)
    expect(billedRecordBytes(12 * 1024, FIREHOSE_RECORD_UNIT_BYTES)).toBe(15 * 1024)
  })
})

describe('display formatting', () => {
  it.each([
    [1234.56, '$1,234.56'],
    [4.4604063, '$4.46'],
    [50.4576, '$50.46'],
    [0, '$0.00'],
    [-0.001, '$0.00'],
    [1_000_000, '$1,000,000.00'],
  ])('formatMoney(%s) = %s', (amount, text) => {
    expect(formatMoney(amount)).toBe(text)
  })

  it.each([
    [5, '$5.00'],
    [0.014, '$0.014'],
    [0.00099, '$0.00099'],
    [0.3, '$0.30'],
    [0.0125, '$0.0125'],
  ])('formatPrice(%s) = %s', (price, text) => {
    expect(formatPrice(price)).toBe(text)
  })

  it('formats numbers with thousands separators', () => {
    expect(formatNumber(1521)).toBe('1,521')
    expect(formatNumber(518.4)).toBe('518.4')
    expect(formatNumber(1_234_567.891, 1)).toBe('1,234,567.9')
  })

  it('formats data sizes in the largest whole unit', () => {
    expect(formatDataSize(615 * 2 ** 20)).toBe('615 MB')
    expect(formatDataSize(3 * 2 ** 40)).toBe('3 TB')
    expect(formatDataSize(512)).toBe('512 bytes')
  })
})
