import type { FSRS, Grade } from 'ts-fsrs'
import type {
  CardsOverview,
  GradeValue,
  PracticeSettings,
  ReviewQueue,
  Scope,
  StudyCard,
} from '../../shared/contracts/practice-schemas'
import type { Card } from '../../shared/content/practice-schema'
import { AppError } from '../../shared/errors'
import type { CardReviewRepository, CardSnapshot, QueueRow } from '../repositories/card-review-repository'
import type { NoteProgressRepository } from '../repositories/note-progress-repository'
import {
  createScheduler,
  learnAheadMs,
  newCardSnapshot,
  previews,
  toFsrsCard,
  toSnapshot,
} from './fsrs-scheduler'
import type { PracticeContent } from './practice-content'
import type { PracticeSettingsService } from './practice-settings-service'
import { seededRandom, shuffled } from './seeded-random'
import { nextStudyDayStart, studyDayStart } from './study-day'

const stateNames = ['new', 'learning', 'review', 'relearning'] as const

type Kind = 'new' | 'learning-now' | 'learning-ahead' | 'learning-later' | 'review' | 'not-due' | 'hidden'

/** Flashcards scheduled by ts-fsrs: the daily queue, grading, exact undo, suspend, bury and cram. */
export class FlashcardService {
  private scheduler: { retention: number; f: FSRS } | null = null
  // Parsed due times of queue rows: the repository hands back the same row objects until a row changes.
  private readonly dueTimes = new WeakMap<QueueRow, number>()

  constructor(
    private readonly content: PracticeContent,
    private readonly repo: CardReviewRepository,
    private readonly settings: PracticeSettingsService,
    private readonly notes: NoteProgressRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The next card in a scope (or the preferred one, e.g. a card just restored by undo) and today's counts. */
  queue(scope: Scope, prefer?: string): ReviewQueue {
    const now = this.now()
    const rows = this.repo.queueRows()
    const dayStart = studyDayStart(now).toISOString()
    const { settings, extraNewCards } = this.settings.forDay(dayStart)
    const today = this.repo.countsSince(dayStart)
    const newLeftToday = Math.max(0, settings.newCardsPerDay + extraNewCards - today.new_cards)
    const read = this.notes.readIds()
    const classify = this.classifier(now)
    const count: Record<Kind, number> = {
      new: 0,
      'learning-now': 0,
      'learning-ahead': 0,
      'learning-later': 0,
      review: 0,
      'not-due': 0,
      hidden: 0,
    }
    // One pass keeps, per group, the card due first (the earliest in reading order on a tie), which is the
    // head of that group sorted by due date.
    const first: Partial<Record<Kind, { card: Card; due: string }>> = {}
    let firstNew: Card | undefined
    let firstReadNew: Card | undefined
    let preferred: Card | undefined
    for (const card of this.content.cardsIn(scope)) {
      const row = rows.get(card.id)
      const kind = classify(row)
      count[kind]++
      if (kind === 'new') {
        firstNew ??= card
        if (!firstReadNew && read.has(card.note)) firstReadNew = card
      } else if (kind !== 'hidden' && kind !== 'not-due') {
        const head = first[kind]
        if (!head || row!.due < head.due) first[kind] = { card, due: row!.due }
      }
      if (prefer && !preferred && card.id === prefer && kind !== 'hidden') preferred = card
    }
    const newCount = Math.min(newLeftToday, count.new)
    // New cards of notes already read come first: their facts are fresh.
    const nextNew = newCount > 0 ? (firstReadNew ?? firstNew) : undefined
    const next =
      preferred ??
      first['learning-now']?.card ??
      first.review?.card ??
      nextNew ??
      first['learning-ahead']?.card
    return {
      card: next ? this.studyCard(next, this.repo.get(next.id) ?? null, now, this.fsrs(settings)) : null,
      counts: {
        new: newCount,
        learning: count['learning-now'] + count['learning-ahead'] + count['learning-later'],
        review: count.review,
      },
      reviewedToday: today.reviews,
      newAvailable: newLeftToday,
      newUnseen: count.new,
      nextLearningDue: first['learning-later']?.due ?? null,
    }
  }

  /** Grades a card (one transaction: the new state and the review row) and returns the next card. */
  grade(
    cardId: string,
    grade: GradeValue,
    elapsedMs: number,
    scope: Scope,
  ): { reviewId: number; queue: ReviewQueue } {
    this.card(cardId)
    const now = this.now()
    const f = this.fsrs(this.settings.get())
    const reviewId = this.repo.recordReview(cardId, grade, now.toISOString(), elapsedMs, (stored) => {
      const before = stored ?? newCardSnapshot(now)
      if (before.suspended)
        throw new AppError('conflict', 'This card is suspended; unsuspend it before reviewing it.')
      const next = f.next(toFsrsCard(before), now, grade as Grade)
      return { before, after: toSnapshot(next.card, before, now) }
    })
    return { reviewId, queue: this.queue(scope) }
  }

  /** Undoes a review: restores the card's exact previous row, marks the review undone, shows the card again. */
  undo(reviewId: number, scope: Scope): { queue: ReviewQueue } {
    const review = this.repo.undoReview(reviewId, this.now().toISOString(), (r, isLatest, current) => {
      if (!r) throw new AppError('not_found', 'That review does not exist.')
      if (r.undone_at) throw new AppError('conflict', 'That review was already undone.')
      if (!isLatest) throw new AppError('conflict', 'Only the latest review of a card can be undone.')
      if (JSON.stringify(current) !== r.state_after)
        throw new AppError('conflict', 'The card changed after that review, so it cannot be undone.')
    })
    return { queue: this.queue(scope, review.card_id) }
  }

  /** Raises today's new-card limit by `count` (for today only) and returns the queue. */
  learnMore(count: number, scope: Scope): { queue: ReviewQueue } {
    this.settings.addExtraNewCards(studyDayStart(this.now()).toISOString(), count)
    return { queue: this.queue(scope) }
  }

  /** Suspends a card (it leaves every queue until unsuspended) or brings it back. */
  setSuspended(cardId: string, suspended: boolean, scope: Scope): { queue: ReviewQueue } {
    this.update(cardId, { suspended: suspended ? 1 : 0 })
    return { queue: this.queue(scope, suspended ? undefined : cardId) }
  }

  /** Buries a card until the next study day, or unburies it. */
  setBuried(cardId: string, buried: boolean, scope: Scope): { queue: ReviewQueue } {
    this.update(cardId, { buried_until: buried ? nextStudyDayStart(this.now()).toISOString() : null })
    return { queue: this.queue(scope, buried ? undefined : cardId) }
  }

  /** Cards of a scope, shuffled, for cram mode: they are shown but never rescheduled. */
  cram(scope: Scope, limit = 50): { cards: StudyCard[] } {
    const now = this.now()
    const rows = new Map(this.repo.all().map((r) => [r.card_id, r]))
    const cards = this.content.cardsIn(scope).filter((c) => !rows.get(c.id)?.suspended)
    const f = this.fsrs(this.settings.get())
    return {
      cards: shuffled(cards, seededRandom(now.getTime() % 2 ** 31))
        .slice(0, limit)
        .map((c) => ({ ...this.studyCard(c, rows.get(c.id) ?? null, now, f), previews: [] })),
    }
  }

  /** Today's counts overall and per domain, topic and note, for choosing what to study. */
  overview(): CardsOverview {
    const now = this.now()
    const rows = this.repo.queueRows()
    const all = this.queue({ kind: 'all' })
    const classify = this.classifier(now)
    const tally = (cards: Card[]) => {
      const kinds = cards.map((c) => classify(rows.get(c.id)))
      const due = kinds.filter((k) => k === 'review' || k.startsWith('learning')).length
      return { due, new: kinds.filter((k) => k === 'new').length, total: cards.length }
    }
    const domains = this.content.bundle.blueprint.domains.map((d) => {
      const topics = d.topics.map((t) => {
        const notes = this.content.bundle.notes.filter((n) => n.domain === d.id && n.topic === t.id)
        const cardsOf = (noteId: string) => this.content.cards.filter((c) => c.note === noteId)
        return {
          id: t.id,
          name: t.name,
          ...tally(notes.flatMap((n) => cardsOf(n.id))),
          notes: notes
            .map((n) => ({ id: n.id, title: n.title, ...tally(cardsOf(n.id)) }))
            .filter((n) => n.total > 0),
        }
      })
      return {
        id: d.id,
        name: d.name,
        due: sum(topics, 'due'),
        new: sum(topics, 'new'),
        total: sum(topics, 'total'),
        topics,
      }
    })
    return {
      counts: all.counts,
      newAvailable: all.newAvailable,
      reviewedToday: all.reviewedToday,
      suspended: [...rows.values()].filter((r) => r.suspended && this.content.cardById.has(r.card_id)).length,
      domains,
    }
  }

  /** Sorts cards into queue groups as of `now` (the day's end computed once, for speed). */
  private classifier(now: Date): (row: QueueRow | undefined) => Kind {
    const nowIso = now.toISOString()
    const nowMs = now.getTime()
    const dayEnd = nextStudyDayStart(now).getTime()
    return (row) => {
      if (row && (row.suspended || (row.buried_until !== null && row.buried_until > nowIso))) return 'hidden'
      if (!row || row.state === 0) return 'new'
      let due = this.dueTimes.get(row)
      if (due === undefined) this.dueTimes.set(row, (due = Date.parse(row.due)))
      if (row.state === 2) return due < dayEnd ? 'review' : 'not-due'
      if (due <= nowMs) return 'learning-now'
      if (due <= nowMs + learnAheadMs) return 'learning-ahead'
      return due < dayEnd ? 'learning-later' : 'not-due'
    }
  }

  private studyCard(card: Card, row: CardSnapshot | null, now: Date, f: FSRS): StudyCard {
    const snap = row ?? newCardSnapshot(now)
    return {
      ...this.content.face(card),
      state: stateNames[snap.state] ?? 'new',
      due: row ? row.due : null,
      reps: snap.reps,
      lapses: snap.lapses,
      previews: previews(f, snap, now),
    }
  }

  private update(cardId: string, patch: Partial<CardSnapshot>): void {
    this.card(cardId)
    const now = this.now()
    const row = this.repo.get(cardId) ?? { card_id: cardId, ...newCardSnapshot(now) }
    this.repo.save({ ...row, ...patch, updated_at: now.toISOString() })
  }

  private card(cardId: string): Card {
    const card = this.content.cardById.get(cardId)
    if (!card) throw new AppError('not_found', `There is no card "${cardId}" in the content bundle.`)
    return card
  }

  private fsrs({ desiredRetention: retention }: PracticeSettings): FSRS {
    if (this.scheduler?.retention !== retention) this.scheduler = { retention, f: createScheduler(retention) }
    return this.scheduler.f
  }
}

function sum<T extends Record<K, number>, K extends string>(items: T[], key: K): number {
  return items.reduce((s, x) => s + x[key], 0)
}
