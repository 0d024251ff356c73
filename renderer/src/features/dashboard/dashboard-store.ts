import { defineStore } from 'pinia'
import { uploadChunkChars } from '@shared/readiness/upload-limits'
import type { Dashboard } from '@shared/readiness/dashboard-schemas'
import type { Plan, PlanSettings } from '@shared/readiness/plan-schemas'
import type { ImportPreview } from '@shared/readiness/progress-file'
import { api } from '@/api'
import { chunkText, exportFileName, newUploadId } from './progress-upload'
import { localTimeZone } from './readiness-format'

/** The dashboard: readiness, its charts, the exam-date plan, and export/import/reset of progress. */
export const useDashboardStore = defineStore('dashboard', {
  state: () => ({
    dashboard: null as Dashboard | null,
    plan: null as Plan | null,
    error: null as string | null,
    /** The import waiting for confirmation: its upload id, file name and preview. */
    pendingImport: null as { uploadId: string; fileName: string; preview: ImportPreview } | null,
  }),
  actions: {
    /** Loads (or reloads) the dashboard and the plan, in the learner's time zone. */
    async load() {
      this.error = null
      try {
        const timeZone = localTimeZone()
        const [dashboard, plan] = await Promise.all([
          api['readiness:dashboard']({ timeZone }),
          api['plan:get']({ timeZone }),
        ])
        this.dashboard = dashboard
        this.plan = plan
      } catch (err) {
        this.error = (err as Error).message
      }
    },
    /** Changes the plan's settings (exam date, mock rhythm, daily questions) and recomputes the plan. */
    async updatePlan(patch: Partial<PlanSettings>) {
      await api['plan:updateSettings'](patch)
      this.plan = await api['plan:get']({ timeZone: localTimeZone() })
    },
    /** Downloads every bit of progress as a JSON file. */
    async exportProgress(): Promise<string> {
      const file = await api['progress:export']({})
      const name = exportFileName(this.dashboard?.activity.today ?? file.exportedAt.slice(0, 10))
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }))
      const a = document.createElement('a')
      a.href = url
      a.download = name
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return name
    },
    /** Sends a chosen file to the backend in pieces and shows what importing it would change. */
    async prepareImport(file: File, mode: 'merge' | 'replace') {
      this.pendingImport = null
      const text = await file.text()
      const uploadId = newUploadId()
      const chunks = chunkText(text, uploadChunkChars)
      for (const [index, chunk] of chunks.entries())
        await api['progress:upload']({ uploadId, index, count: chunks.length, chunk })
      this.pendingImport = {
        uploadId,
        fileName: file.name,
        preview: await api['progress:preview']({ uploadId, mode }),
      }
    },
    /** Shows the preview again for the other mode. */
    async changeImportMode(mode: 'merge' | 'replace') {
      if (!this.pendingImport) return
      this.pendingImport.preview = await api['progress:preview']({
        uploadId: this.pendingImport.uploadId,
        mode,
      })
    },
    /** Applies the previewed import (after an automatic backup) and reloads everything. */
    async applyImport(): Promise<string> {
      const p = this.pendingImport!
      const result = await api['progress:import']({ uploadId: p.uploadId, mode: p.preview.mode })
      this.pendingImport = null
      await this.load()
      return result.backup
    },
    /** Deletes all progress (after an automatic backup) and reloads. */
    async reset(): Promise<string> {
      const result = await api['progress:reset']({ confirm: 'RESET' })
      await this.load()
      return result.backup
    },
  },
})
