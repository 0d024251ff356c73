import { defineStore } from 'pinia'
import type { AppInfo } from '@shared/api'
import { api } from '@/api'

/** What the app knows about itself, and the messages it must show the learner (toasts and notices). */
export const useAppStore = defineStore('app', {
  state: () => ({
    info: null as AppInfo | null,
    toasts: [] as { id: number; text: string; kind: 'info' | 'error' | 'success' }[],
    startError: null as string | null,
    nextToast: 1,
  }),
  actions: {
    /** Loads the About facts and turns start-up notices into messages. */
    async load() {
      try {
        this.info = await api['app:info']({})
        for (const n of this.info.notices) this.toast(n, 'info', 15000)
      } catch (err) {
        this.startError = (err as Error).message
      }
    },
    /** Shows a short message; errors stay until dismissed. */
    toast(text: string, kind: 'info' | 'error' | 'success' = 'info', ms = 4000) {
      const id = this.nextToast++
      this.toasts.push({ id, text, kind })
      if (kind !== 'error') setTimeout(() => this.dismiss(id), ms)
    },
    dismiss(id: number) {
      this.toasts = this.toasts.filter((t) => t.id !== id)
    },
  },
})
