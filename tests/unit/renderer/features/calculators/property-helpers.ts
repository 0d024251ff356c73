import fc from 'fast-check'
import type {
  CalcOutcome,
  CalcResult,
} from '../../../../../renderer/src/features/calculators/model/line-item'
import { loadSheet } from './load-sheets'

// Sheets and generators shared by the property tests.

export const sheets = {
  athena: loadSheet('athena-per-query'),
  kinesis: loadSheet('kinesis-data-streams-provisioned'),
  kinesisOd: loadSheet('kinesis-data-streams-on-demand'),
  kinesisAdv: loadSheet('kinesis-data-streams-on-demand-advantage'),
  firehose: loadSheet('data-firehose'),
  quicksight: [
    loadSheet('quicksight-classic-2016'),
    loadSheet('quicksight-2024'),
    loadSheet('quicksight-quick-suite-2025'),
  ],
  s3: loadSheet('s3-storage-classes'),
}

export const runs = { numRuns: 200 }

/** The total of a successful outcome; fails the property when the input was refused. */
export function totalOf(outcome: CalcOutcome<CalcResult>): number {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`)
  return outcome.result.total
}

/** b costs at least as much as a, allowing for floating-point dust. */
export function notLess(a: number, b: number): boolean {
  return b >= a - 1e-9 * Math.max(1, Math.abs(a))
}

/** Non-negative finite doubles up to max. */
export const nonNegative = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true })

/** Two values from the same generator, smaller first. */
export const pair = (arb: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> =>
  fc.tuple(arb, arb).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]))

/** Values no numeric field accepts: negatives, NaN, infinities and things that are not numbers. */
export const invalidNumber = fc.oneof(
  fc.double({ max: -1e-6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    'ten',
    '',
    null,
    undefined,
    {},
    [] as unknown[],
    true,
  ),
)

/** True when the outcome is a refusal with at least one message and nothing priced. */
export function refused(outcome: CalcOutcome<unknown>): boolean {
  return (
    !outcome.ok &&
    !('result' in outcome) &&
    Object.keys(outcome.errors).length > 0 &&
    Object.values(outcome.errors).every((m) => m.length > 0)
  )
}
