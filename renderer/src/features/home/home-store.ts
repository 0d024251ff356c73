import { defineStore } from 'pinia'
import type { CardsOverview } from '@shared/contracts/practice-schemas'
import type { Plan } from '@shared/readiness/plan-schemas'
import type { Readiness } from '@shared/readiness/readiness-schemas'
import type { ApiOutput } from '@shared/api'
import type { StudyTime } from '@shared/contracts/study-time'
import { api } from '@/api'
import { localTimeZone } from '@/features/dashboard/readiness-format'

type StudyNext = ApiOutput<'readiness:get'>['studyNext']

/** The Today screen: the day's plan, cards due and readiness, each shown as soon as it arrives. */
export const useHomeStore = defineStore('home', {
  state: () => ({
    plan: null as Plan | null,
    readiness: null as Readiness | null,
    studyNext: [] as StudyNext,
    cards: null as CardsOverview | null,
    studyTime: null as StudyTime | null,
    loaded: false,
    errors: [] as string[],
  }),
  actions: {
    /** Loads the day's summaries; one failing leaves the others on screen. */
    async load() {
      const timeZone = localTimeZone()
      const errors: string[] = []
      const keep = (err: unknown) => void errors.push((err as Error).message)
      await Promise.all([
        api['plan:get']({ timeZone }).then((p) => (this.plan = p), keep),
        api['readiness:get']({ timeZone }).then((r) => {
          this.readiness = r.readiness
          this.studyNext = r.studyNext
        }, keep),
        api['cards:overview']({}).then((c) => (this.cards = c), keep),
        api['study:timeToday']({ timeZone }).then((t) => (this.studyTime = t), keep),
      ])
      this.errors = errors
      this.loaded = true
    },
  },
})
