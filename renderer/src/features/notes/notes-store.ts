import { defineStore } from 'pinia'
import type { Note, NotesTree } from '@shared/api'
import { api } from '@/api'

/** The notes reader: the domain tree with progress, the open note, read marks. */
export const useNotesStore = defineStore('notes', {
  state: () => ({
    tree: null as NotesTree | null,
    note: null as Note | null,
    loading: false,
    error: null as string | null,
  }),
  getters: {
    /** The first note not yet read, in reading order. */
    nextUnread(s): { id: string; title: string } | null {
      for (const d of s.tree?.domains ?? []) for (const t of d.topics) for (const n of t.notes) if (!n.read) return n
      return null
    },
  },
  actions: {
    /** Loads (or reloads) the tree with reading progress. */
    async loadTree() {
      this.tree = await api['notes:tree']({})
    },
    /** Opens a note. */
    async open(id: string) {
      this.loading = true
      this.error = null
      try {
        this.note = await api['notes:get']({ id })
      } catch (err) {
        this.note = null
        this.error = (err as Error).message
      } finally {
        this.loading = false
      }
    },
    /** Marks the open note read or unread, updating the tree's counts in place. */
    async setRead(id: string, read: boolean) {
      const result = await api['notes:setRead']({ id, read })
      if (this.note?.id === id) {
        this.note.read = result.read
        this.note.readAt = result.readAt
      }
      for (const d of this.tree?.domains ?? []) {
        for (const t of d.topics) {
          const n = t.notes.find((x) => x.id === id)
          if (n && n.read !== read) {
            n.read = read
            d.read += read ? 1 : -1
            this.tree!.read += read ? 1 : -1
          }
        }
      }
    },
  },
})
