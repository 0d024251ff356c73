import { defineStore } from 'pinia'
import type { Settings } from '@shared/api'
import { api } from '@/api'
import { resolveTheme } from './theme'

/** The learner's settings and the app's look (theme, font size, motion). */
export const useSettingsStore = defineStore('settings', {
  state: () => ({
    settings: { theme: 'system', fontScale: 1, reduceMotion: false, onboardingDone: true, dailyMinutes: 30, recentViews: [] } as Settings,
    systemDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    loaded: false,
  }),
  getters: {
    effectiveTheme: (s): 'light' | 'dark' => resolveTheme(s.settings.theme, s.systemDark),
  },
  actions: {
    /** Loads settings and starts following the system theme. */
    async load() {
      this.settings = await api['settings:get']({})
      this.loaded = true
      window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
        this.systemDark = e.matches
        this.apply()
      })
      this.apply()
    },
    /** Saves a change and applies it at once. */
    async update(patch: Partial<Settings>) {
      this.settings = { ...this.settings, ...patch }
      this.apply()
      this.settings = await api['settings:update'](patch)
    },
    /** Light → dark → system, for the toolbar button and the shortcut. */
    async cycleTheme() {
      const order: Settings['theme'][] = ['light', 'dark', 'system']
      const next = order[(order.indexOf(this.settings.theme) + 1) % order.length]!
      await this.update({ theme: next })
    },
    apply() {
      const root = document.documentElement
      root.dataset.theme = this.effectiveTheme
      root.dataset.reduceMotion = String(this.settings.reduceMotion)
      root.style.setProperty('--font-scale', String(this.settings.fontScale))
    },
  },
})
