import { defineStore } from 'pinia'
import type {
  DiagramDetail,
  DiagramQuizAnswer,
  DiagramQuizResult,
  DiagramScore,
  DiagramSummary,
} from '@shared/contracts/diagrams'
import { api } from '@/api'
import { isBetter } from './diagram-score'

export interface SavedQuiz {
  result: DiagramQuizResult
  previousBest: DiagramScore | null
  attempts: number
}

/** The diagrams: the gallery, the open diagram with its related content, its quiz scores, and embeds. */
export const useDiagramsStore = defineStore('diagrams', {
  state: () => ({
    list: null as DiagramSummary[] | null,
    detail: null as DiagramDetail | null,
    history: [] as DiagramQuizResult[],
    lastSaved: null as SavedQuiz | null,
    loading: false,
    error: null as string | null,
    /** Diagrams fetched for notes that embed them, by id. */
    embedded: {} as Record<string, DiagramDetail>,
  }),
  actions: {
    /** Loads the gallery (with each diagram's best score). */
    async loadList() {
      this.error = null
      try {
        this.list = (await api['diagrams:list']({})).diagrams
      } catch (err) {
        this.error = (err as Error).message
      }
    },
    /** Opens one diagram with its notes, cards, questions and past quiz results. */
    async open(id: string) {
      this.loading = true
      this.error = null
      this.lastSaved = null
      try {
        const [detail, history] = await Promise.all([
          api['diagrams:get']({ id }),
          api['diagrams:history']({ id }),
        ])
        this.detail = detail
        this.history = history.results
        this.embedded[id] = detail
      } catch (err) {
        this.detail = null
        this.history = []
        this.error = (err as Error).message
      } finally {
        this.loading = false
      }
    },
    /** Saves a checked quiz of the open diagram and updates its scores everywhere they are shown. */
    async recordQuiz(id: string, quiz: { correct: number; total: number; answers: DiagramQuizAnswer[] }) {
      const saved = await api['diagrams:recordQuiz']({ id, ...quiz })
      this.lastSaved = saved
      this.history = [saved.result, ...this.history.filter((r) => r.id !== saved.result.id)]
      const { correct, total, takenAt } = saved.result
      // As on the server: a new attempt becomes the best only when it is strictly better.
      const best =
        saved.previousBest && !isBetter({ correct, total }, saved.previousBest)
          ? saved.previousBest
          : { correct, total, takenAt }
      const stats = { attempts: saved.attempts, best }
      if (this.detail?.diagram.id === id) this.detail.quiz = stats
      const summary = this.list?.find((d) => d.id === id)
      if (summary) summary.quiz = stats
      return saved
    },
    /** A diagram for a note's embed, fetched once per session. */
    async forEmbed(id: string): Promise<DiagramDetail> {
      const cached = this.embedded[id]
      if (cached) return cached
      const detail = await api['diagrams:get']({ id })
      this.embedded[id] = detail
      return detail
    },
  },
})
