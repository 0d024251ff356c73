import type { FSRS, Grade } from 'ts-fsrs'
import type {
  CardsOverview,
  GradeValue,
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
    const rows = new Map(this.repo.queueRows().map((r) => [r.card_id, r]))
    const dayStart = studyDayStart(now).toISOString()
    const allowance = this.settings.get().newCardsPerDay + this.settings.extraNewCards(dayStart)
    const newLeftToday = Math.max(0, allowance - this.repo.newStudiedSince(dayStart))
    const read = this.notes.readMap()
    const dueOf = (c: Card) => rows.get(c.id)!.due
    const byDue = (a: Card, b: Card) => (dueOf(a) < dueOf(b) ? -1 : dueOf(a) > dueOf(b) ? 1 : 0)
    const classify = this.classifier(now)
    const groups: Record<Kind, Card[]> = {
      new: [],
      'learning-now': [],
      'learning-ahead': [],
      'learning-later': [],
      review: [],
      'not-due': [],
      hidden: [],
    }
    const scoped = this.content.cardsIn(scope)
    for (const card of scoped) groups[classify(rows.get(card.id))].push(card)
    // New cards of notes already read come first: their facts are fresh.
    const fresh = groups.new
      .filter((c) => read.has(c.note))
      .concat(groups.new.filter((c) => !read.has(c.note)))
    const newCount = Math.min(newLeftToday, fresh.length)
    const order = [
      ...groups['learning-now'].sort(byDue),
      ...groups.review.sort(byDue),
      ...fresh.slice(0, newCount),
      ...groups['learning-ahead'].sort(byDue),
    ]
    const preferred = prefer
      ? scoped.find((c) => c.id === prefer && classify(rows.get(c.id)) !== 'hidden')
      : undefined
    const next = preferred ?? order[0]
    const later = groups['learning-later'].sort(byDue)[0]
    return {
      card: next ? this.studyCard(next, this.repo.get(next.id) ?? null, now) : null,
      counts: {
        new: newCount,
        learning:
          groups['learning-now'].length + groups['learning-ahead'].length + groups['learning-later'].length,
        review: groups.review.length,
      },
      reviewedToday: this.repo.reviewsSince(dayStart),
      newAvailable: newLeftToday,
      newUnseen: fresh.length,
      nextLearningDue: later ? rows.get(later.id)!.due : null,
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
    const f = this.fsrs()
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
    return {
      cards: shuffled(cards, seededRandom(now.getTime() % 2 ** 31))
        .slice(0, limit)
        .map((c) => ({ ...this.studyCard(c, rows.get(c.id) ?? null, now), previews: [] })),
    }
  }

  /** Today's counts overall and per domain, topic and note, for choosing what to study. */
  overview(): CardsOverview {
    const now = this.now()
    const rows = new Map(this.repo.queueRows().map((r) => [r.card_id, r]))
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
      const due = Date.parse(row.due)
      if (row.state === 2) return due < dayEnd ? 'review' : 'not-due'
      if (due <= nowMs) return 'learning-now'
      if (due <= nowMs + learnAheadMs) return 'learning-ahead'
      return due < dayEnd ? 'learning-later' : 'not-due'
    }
  }

  private studyCard(card: Card, row: CardSnapshot | null, now: Date): StudyCard {
    const snap = row ?? newCardSnapshot(now)
    return {
      ...this.content.face(card),
      state: stateNames[snap.state] ?? 'new',
      due: row ? row.due : null,
      reps: snap.reps,
      lapses: snap.lapses,
      previews: previews(this.fsrs(), snap, now),
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

  private fsrs(): FSRS {
    const retention = this.settings.get().desiredRetention
    if (this.scheduler?.retention !== retention) this.scheduler = { retention, f: createScheduler(retention) }
    return this.scheduler.f
  }
}

function sum<T extends Record<K, number>, K extends string>(items: T[], key: K): number {
  return items.reduce((s, x) => s + x[key], 0)
}
