import { defineStore } from 'pinia'
import type { SearchResult } from '@shared/api'
import { api } from '@/api'

/** The search palette: open state, query and ranked results. */
export const useSearchStore = defineStore('search', {
  state: () => ({
    open: false,
    query: '',
    results: [] as SearchResult[],
    searching: false,
    error: null as string | null,
    seq: 0,
  }),
  actions: {
    /** Runs a search; answers to older queries that arrive late are dropped. */
    async run(query: string) {
      this.query = query
      const seq = ++this.seq
      if (!query.trim()) {
        this.results = []
        return
      }
      this.searching = true
      try {
        const { results } = await api['search:query']({ q: query.slice(0, 200), limit: 20 })
        if (seq === this.seq) {
          this.results = results
          this.error = null
        }
      } catch (err) {
        if (seq === this.seq) this.error = (err as Error).message
      } finally {
        if (seq === this.seq) this.searching = false
      }
    },
  },
})
