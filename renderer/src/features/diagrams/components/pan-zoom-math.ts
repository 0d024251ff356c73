// The arithmetic of pan and zoom, apart from the DOM so it can be tested on its own.

export interface Viewport {
  scale: number
  x: number
  y: number
}

export const MIN_SCALE = 0.4
export const MAX_SCALE = 4

/** Zooms by `factor` keeping `point` (in diagram coordinates before the viewport transform) fixed on screen. */
export function zoomAt(view: Viewport, factor: number, point: { x: number; y: number }): Viewport {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor))
  const ratio = scale / view.scale
  return { scale, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio }
}
