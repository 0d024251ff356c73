// The window title: the page's name, or the name of the item it shows (a note, a diagram) once that arrives.
import { ref } from 'vue'

/** The name of the item shown at a path; a title for another path is ignored, so a late answer cannot stick. */
export const itemTitle = ref<{ path: string; title: string } | null>(null)

/** Names the item a view shows at `path` (its route's path). */
export function setItemTitle(path: string, title: string): void {
  itemTitle.value = { path, title }
}

/** "Kinesis Data Streams · MLS Companion" on that note's page, else the route's own title. */
export function windowTitle(
  path: string,
  routeTitle: string,
  item: { path: string; title: string } | null,
): string {
  return item && item.path === path && item.title ? `${item.title} · MLS Companion` : routeTitle
}
