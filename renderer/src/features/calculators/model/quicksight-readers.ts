import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import { failed, guardSheet, InputChecker, type CalcOutcome } from './line-item'
import {
  classicReaderCharge,
  MAX_SESSIONS_PER_MONTH,
  quickSightCost,
  type BillingTerm,
} from './quicksight-bill'
import { rateValue, ruleValue } from './sheet-rates'

// The QuickSight models side by side as readers are added: the classic pay-per-session price grows with
// each reader's sessions up to the monthly cap, the current models charge a flat price per reader. The
// curves show where one overtakes the other.

export interface CostVsReadersInput {
  billing: BillingTerm
  authors: number
  /** Pro users count only under the models that have them. */
  authorPros?: number
  readerPros?: number
  spiceGb: number
  qAndA?: boolean
  sessionsPerReader: number
  maxReaders: number
  /** Points on the reader axis (default 21). */
  points?: number
  /** Last point on the sessions axis of the per-reader curve (default 30). */
  maxSessions?: number
}

export interface CostVsReadersResult {
  readerCounts: number[]
  series: { sheetId: string; title: string; totals: number[] }[]
  sessions: number[]
  perReaderBySessions: { sheetId: string; title: string; perReader: number[] }[]
  /** Sessions a month at which pay-per-session equals the flat reader price (10 at $0.30 vs $3). */
  breakEvenSessions: number | null
  /** The session that first hits the classic monthly cap (the 17th at $0.30 and $5). */
  capReachedAtSession: number | null
}

/** Monthly Enterprise totals against the number of readers, one series per pricing model, and where they cross. */
export function costVsReaders(
  input: CostVsReadersInput,
  sheets: readonly PriceSheet[],
): CalcOutcome<CostVsReadersResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const maxReaders = check.number('maxReaders', input.maxReaders, {
      label: 'Readers',
      integer: true,
      max: 1e6,
      maxMessage: 'Chart up to 1,000,000 readers.',
    })
    const points =
      input.points === undefined
        ? 21
        : check.number('points', input.points, { label: 'Points', integer: true, min: 2, max: 200 })
    const maxSessions =
      input.maxSessions === undefined
        ? 30
        : check.number('maxSessions', input.maxSessions, {
            label: 'Sessions axis',
            integer: true,
            min: 1,
            max: MAX_SESSIONS_PER_MONTH,
          })
    if (!check.ok) return failed(check)
    const readerCounts = [
      ...new Set(Array.from({ length: points }, (_, i) => Math.round((i * maxReaders) / (points - 1)))),
    ]
    const series: CostVsReadersResult['series'] = []
    for (const sheet of sheets) {
      const classic = sheet.model === 'classic-2016'
      const totals: number[] = []
      for (const count of readerCounts) {
        const outcome = quickSightCost(
          {
            edition: 'enterprise',
            billing: input.billing,
            authors: input.authors,
            authorPros: classic ? 0 : input.authorPros,
            readerPros: classic ? 0 : input.readerPros,
            spiceGb: input.spiceGb,
            qAndA: input.qAndA,
            readers: [{ count, sessionsPerMonth: input.sessionsPerReader }],
          },
          sheet,
        )
        if (!outcome.ok) return outcome
        totals.push(outcome.result.monthlyTotal)
      }
      series.push({ sheetId: sheet.id, title: sheet.title, totals })
    }
    const sessions = Array.from({ length: maxSessions + 1 }, (_, i) => i)
    const perReaderBySessions = sheets.map((sheet) => ({
      sheetId: sheet.id,
      title: sheet.title,
      perReader: sessions.map((n) =>
        sheet.model === 'classic-2016' ? classicReaderCharge(n, sheet) : rateValue(sheet, 'reader'),
      ),
    }))
    const classicSheet = sheets.find((s) => s.model === 'classic-2016')
    const flatSheet = sheets.find((s) => s.model !== 'classic-2016')
    const sessionPrice = classicSheet === undefined ? 0 : rateValue(classicSheet, 'enterprise-reader-session')
    // Rounded to 1e-9 so $3 ÷ $0.30 reads 10, not 10.000000000000002.
    const breakEvenSessions =
      classicSheet && flatSheet && sessionPrice > 0
        ? Math.round((rateValue(flatSheet, 'reader') / sessionPrice) * 1e9) / 1e9
        : null
    const capReachedAtSession =
      classicSheet && sessionPrice > 0
        ? Math.floor(ruleValue(classicSheet, 'reader-monthly-cap', 'maximum') / sessionPrice) + 1
        : null
    return {
      ok: true,
      result: { readerCounts, series, sessions, perReaderBySessions, breakEvenSessions, capReachedAtSession },
    }
  })
}
