import type { PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'
import {
  failed,
  guardSheet,
  InputChecker,
  LIMITS,
  makeResult,
  type CalcOutcome,
  type CalcResult,
  type LineItem,
} from './line-item'
import { rateValue, ruleValue } from './sheet-rates'
import { countText, formatMoney, formatNumber, formatPrice } from './units'

// QuickSight under its three pricing models. The classic model (the one the course teaches) bills Enterprise
// readers per 30-minute session up to a monthly cap; the 2024 and Quick Suite models charge readers a flat
// monthly price and add Pro roles. SPICE beyond the capacity each author brings is bought per GB-month.

export const quickSightEditions = ['standard', 'enterprise'] as const
export type QuickSightEdition = (typeof quickSightEditions)[number]
export const billingTerms = ['annual', 'monthly'] as const
export type BillingTerm = (typeof billingTerms)[number]

export interface ReaderGroup {
  count: number
  sessionsPerMonth: number
}

export interface QuickSightInput {
  edition: QuickSightEdition
  billing: BillingTerm
  /** Standard edition: every user. Enterprise: authors (the administrator is one). */
  authors: number
  authorPros?: number
  readers?: ReaderGroup[]
  readerPros?: number
  /** SPICE capacity the datasets need, in GB. */
  spiceGb: number
  /** Q&A (topics or dashboard Q&A) enabled, which triggers the per-account fee in current models. */
  qAndA?: boolean
}

export interface QuickSightResult extends CalcResult {
  monthlyTotal: number
  yearlyTotal: number
  spice: { neededGb: number; includedGb: number; extraGb: number }
}

/** A reader can hold at most one session per half hour: 48 a day for 31 days. */
export const MAX_SESSIONS_PER_MONTH = 31 * 48

interface ReadQs {
  edition: QuickSightEdition
  billing: BillingTerm
  authors: number
  authorPros: number
  readers: ReaderGroup[]
  readerPros: number
  spiceGb: number
  qAndA: boolean
}

/** Checks the input against the edition and the pricing model of the sheet. */
function readInput(check: InputChecker, input: QuickSightInput, sheet: PriceSheet): ReadQs {
  const classic = sheet.model === 'classic-2016'
  const edition = check.choice('edition', input.edition, quickSightEditions, 'Edition')
  const billing = check.choice('billing', input.billing, billingTerms, 'Billing')
  const count = (field: string, value: unknown, label: string) =>
    check.number(field, value, {
      label,
      integer: true,
      max: LIMITS.maxCount,
      maxMessage: `${label}: more than 10^12 is not realistic.`,
    })
  const authors = count('authors', input.authors, edition === 'standard' ? 'Users' : 'Authors')
  const authorPros =
    input.authorPros === undefined ? 0 : count('authorPros', input.authorPros, 'Author Pro users')
  const readerPros =
    input.readerPros === undefined ? 0 : count('readerPros', input.readerPros, 'Reader Pro users')
  const groups = Array.isArray(input.readers) ? input.readers : []
  if (input.readers !== undefined && !Array.isArray(input.readers))
    check.fail('readers', 'Readers must be a list.')
  const readers = groups.map((g, i) => ({
    count: count(`readers[${i}].count`, g.count, 'Readers'),
    sessionsPerMonth: check.number(`readers[${i}].sessionsPerMonth`, g.sessionsPerMonth, {
      label: 'Sessions per reader per month',
      integer: true,
      max: MAX_SESSIONS_PER_MONTH,
      maxMessage: `A reader can have at most ${formatNumber(MAX_SESSIONS_PER_MONTH)} 30-minute sessions in a month.`,
    }),
  }))
  const spiceGb = check.number('spiceGb', input.spiceGb, {
    label: 'SPICE needed (GB)',
    max: 1024 ** 3,
    maxMessage: 'SPICE beyond 1 EB is not realistic; the unit is GB.',
  })
  const qAndA = input.qAndA === true
  if (!check.ok) return { edition, billing, authors, authorPros, readers, readerPros, spiceGb, qAndA }
  if (authors + authorPros < 1)
    check.fail('authors', 'An account needs at least one author: the administrator is one.')
  if (edition === 'standard') {
    if (readers.some((g) => g.count > 0))
      check.fail('readers', 'Standard edition has no reader role; count everyone as a user.')
    if (authorPros + readerPros > 0) check.fail('authorPros', 'Pro roles exist only in Enterprise edition.')
    if (qAndA) check.fail('qAndA', 'Q&A needs Enterprise edition.')
  } else if (classic && authorPros + readerPros > 0) {
    check.fail('authorPros', 'Pro roles arrived in 2024; the classic model has none.')
  }
  return { edition, billing, authors, authorPros, readers, readerPros, spiceGb, qAndA }
}

/** One classic reader's monthly charge: sessions × price, capped. */
export function classicReaderCharge(sessions: number, sheet: PriceSheet): number {
  return Math.min(
    sessions * rateValue(sheet, 'enterprise-reader-session'),
    ruleValue(sheet, 'reader-monthly-cap', 'maximum'),
  )
}

/** Monthly and yearly QuickSight cost for an edition, billing term and set of users under one pricing model. */
export function quickSightCost(input: QuickSightInput, sheet: PriceSheet): CalcOutcome<QuickSightResult> {
  return guardSheet(() => {
    const check = new InputChecker()
    const q = readInput(check, input, sheet)
    if (!check.ok) return failed(check)
    const classic = sheet.model === 'classic-2016'
    const items: LineItem[] = []
    const notes: string[] = []
    const add = (id: string, label: string, qty: number, noun: string, price: number) => {
      const amount = qty * price
      items.push({
        id,
        label,
        formula: `${countText(qty, noun)} × ${formatPrice(price)} = ${formatMoney(amount)}`,
        amount,
      })
    }

    if (q.edition === 'standard') {
      add(
        'users',
        `Users (${q.billing === 'annual' ? 'annual' : 'month to month'})`,
        q.authors,
        'user',
        rateValue(sheet, `standard-author-${q.billing}`),
      )
    } else if (classic) {
      add(
        'authors',
        `Authors (${q.billing === 'annual' ? 'annual' : 'month to month'})`,
        q.authors,
        'author',
        rateValue(sheet, `enterprise-author-${q.billing}`),
      )
      classicReaders(q.readers, sheet, items)
    } else {
      add('authors', 'Authors', q.authors, 'author', rateValue(sheet, 'author'))
      if (q.authorPros > 0)
        add('author-pros', 'Author Pro', q.authorPros, 'Author Pro user', rateValue(sheet, 'author-pro'))
      const readerCount = q.readers.reduce((sum, g) => sum + g.count, 0)
      if (readerCount > 0)
        add(
          'readers',
          'Readers (flat price, sessions do not matter)',
          readerCount,
          'reader',
          rateValue(sheet, 'reader'),
        )
      if (q.readerPros > 0)
        add('reader-pros', 'Reader Pro', q.readerPros, 'Reader Pro user', rateValue(sheet, 'reader-pro'))
      if (q.billing === 'annual')
        notes.push(
          'This model lists one author price; annual billing is priced the same as month to month here.',
        )
      if (q.authorPros + q.readerPros > 0 || q.qAndA) {
        const fee = rateValue(sheet, 'account-fee')
        items.push({
          id: 'account-fee',
          label: 'Per-account infrastructure fee (Pro users or Q&A)',
          formula: `1 account × ${formatPrice(fee)} = ${formatMoney(fee)}`,
          amount: fee,
        })
      }
    }
    const spice = spiceLine(q, sheet, items)
    if (classic && q.qAndA) notes.push('Q&A add-on pricing of the classic era is not modelled.')
    notes.push(
      q.edition === 'standard'
        ? 'Standard edition: every user pays the user price and brings 10 GB of SPICE.'
        : 'SPICE capacity is pooled across the account: 10 GB comes with each author.',
    )
    const result = makeResult(items, notes)
    return {
      ok: true,
      result: { ...result, monthlyTotal: result.total, yearlyTotal: result.total * 12, spice },
    }
  })
}

/** Adds one line per reader group under pay-per-session pricing. */
function classicReaders(groups: ReaderGroup[], sheet: PriceSheet, items: LineItem[]): void {
  const price = rateValue(sheet, 'enterprise-reader-session')
  const cap = ruleValue(sheet, 'reader-monthly-cap', 'maximum')
  groups.forEach((g, i) => {
    if (g.count === 0) return
    const perReader = classicReaderCharge(g.sessionsPerMonth, sheet)
    const raw = g.sessionsPerMonth * price
    const capped = raw > cap
    const perText = capped
      ? `${formatNumber(g.sessionsPerMonth)} sessions × ${formatPrice(price)} = ${formatMoney(raw)}, capped at ${formatMoney(cap)}`
      : `${formatNumber(g.sessionsPerMonth)} sessions × ${formatPrice(price)} = ${formatMoney(perReader)}`
    const amount = g.count * perReader
    items.push({
      id: `readers-${i + 1}`,
      label: `Readers, ${formatNumber(g.sessionsPerMonth)} sessions a month each`,
      formula: `${countText(g.count, 'reader')} × (${perText}) = ${formatMoney(amount)}`,
      amount,
    })
  })
}

/** Adds the extra-SPICE line when needed and returns the SPICE figures. */
function spiceLine(q: ReadQs, sheet: PriceSheet, items: LineItem[]): QuickSightResult['spice'] {
  const standard = q.edition === 'standard'
  const perAuthor = ruleValue(
    sheet,
    standard ? 'standard-spice-included' : 'enterprise-spice-included',
    'included',
  )
  const includedGb = perAuthor * (q.authors + q.authorPros)
  // Bought in whole GB; the tiny tolerance keeps 30.000000001 from buying an extra GB.
  const extraGb = Math.max(0, Math.ceil(q.spiceGb - includedGb - 1e-9))
  if (extraGb > 0) {
    const price = rateValue(sheet, standard ? 'standard-spice-extra' : 'enterprise-spice-extra')
    const amount = extraGb * price
    items.push({
      id: 'spice',
      label: 'Extra SPICE capacity',
      formula: `(${formatNumber(q.spiceGb, 2)} GB needed − ${formatNumber(includedGb)} GB included) → ${formatNumber(extraGb)} GB × ${formatPrice(price)} = ${formatMoney(amount)}`,
      amount,
    })
  }
  return { neededGb: q.spiceGb, includedGb, extraGb }
}
