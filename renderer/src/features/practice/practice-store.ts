import { defineStore } from 'pinia'
import type { Blueprint } from '@shared/content/blueprint-schema'
import type {
  CardsOverview,
  MockSummary,
  Orphans,
  PracticeSettings,
  QuizOverview,
  WeakTopic,
} from '@shared/contracts/practice-schemas'
import { api } from '@/api'

/** Practice: the overviews behind the Review, Quiz and Mock exam tabs, settings, and what history says. */
export const usePracticeStore = defineStore('practice', {
  state: () => ({
    settings: null as PracticeSettings | null,
    cards: null as CardsOverview | null,
    quiz: null as QuizOverview | null,
    weakTopics: [] as WeakTopic[],
    mocks: null as MockSummary[] | null,
    orphans: null as Orphans | null,
    blueprint: null as Blueprint | null,
  }),
  getters: {
    /** The unfinished mock exam in the history, if any. */
    activeMock: (s) => s.mocks?.find((m) => m.status !== 'submitted') ?? null,
    /** Cards left for today overall. */
    dueToday: (s) => (s.cards ? s.cards.counts.new + s.cards.counts.learning + s.cards.counts.review : 0),
  },
  actions: {
    /** Loads the flashcard overview and settings. */
    async loadCards() {
      ;[this.cards, this.settings, this.orphans] = await Promise.all([
        api['cards:overview']({}),
        api['practice:settings']({}),
        api['practice:orphans']({}),
      ])
    },
    /** Loads question counts, current mistakes and weak topics. */
    async loadQuiz() {
      const [quiz, weak] = await Promise.all([api['quiz:overview']({}), api['practice:weakTopics']({})])
      this.quiz = quiz
      this.weakTopics = weak.topics
    },
    /** Loads the mock exam history and the blueprint. */
    async loadMocks() {
      const [history, blueprint] = await Promise.all([
        api['mock:history']({}),
        this.blueprint ?? api['content:blueprint']({}),
      ])
      this.mocks = history.mocks
      this.blueprint = blueprint
    },
    /** Saves flashcard settings. */
    async updateSettings(patch: Partial<PracticeSettings>) {
      this.settings = await api['practice:updateSettings'](patch)
      this.cards = await api['cards:overview']({})
    },
  },
})
