import { defineStore } from 'pinia'
import type { Note, NotesTree } from '@shared/api'
import { api } from '@/api'

// Requests started while the notes page's code is still loading (see `prefetch`), taken by the first load
// that asks for the same thing soon after. Plain variables: promises are not state to show.
const prefetchFreshMs = 2000
let treeAhead: { at: number; promise: Promise<NotesTree> } | null = null
let noteAhead: { at: number; id: string; promise: Promise<Note> } | null = null
const fresh = (entry: { at: number } | null) => entry !== null && performance.now() - entry.at < prefetchFreshMs

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
    /**
     * Starts the requests the notes page will make (the tree, if not loaded, and the note asked for) while its
     * code is still loading, so the two wait side by side instead of one after the other.
     */
    prefetch(id: string | null) {
      const handled = <T>(promise: Promise<T>) => (promise.catch(() => undefined), promise)
      if (!this.tree && !fresh(treeAhead)) treeAhead = { at: performance.now(), promise: handled(api['notes:tree']({})) }
      if (id && !(fresh(noteAhead) && noteAhead!.id === id))
        noteAhead = { at: performance.now(), id, promise: handled(api['notes:get']({ id })) }
    },
    /** Loads (or reloads) the tree with reading progress. */
    async loadTree() {
      const ahead = fresh(treeAhead) ? treeAhead!.promise : null
      treeAhead = null
      this.tree = await (ahead ?? api['notes:tree']({}))
    },
    /** Opens a note. */
    async open(id: string) {
      this.loading = true
      this.error = null
      const ahead = fresh(noteAhead) && noteAhead!.id === id ? noteAhead!.promise : null
      noteAhead = null
      try {
        this.note = await (ahead ?? api['notes:get']({ id }))
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
