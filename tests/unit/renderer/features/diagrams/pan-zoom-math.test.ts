import { describe, expect, it } from 'vitest'
import {
  MAX_SCALE,
  MIN_SCALE,
  zoomAt,
  type Viewport,
} from '../../../../../renderer/src/features/diagrams/components/pan-zoom-math'

// Where a diagram point lands on screen under a viewport: translate(x y) scale(s).
const onScreen = (v: Viewport, p: { x: number; y: number }) => ({
  x: v.x + p.x * v.scale,
  y: v.y + p.y * v.scale,
})

describe('zoom maths', () => {
  it('keeps the zoom point fixed on screen', () => {
    const start: Viewport = { scale: 1.5, x: -120, y: 40 }
    const screenPoint = { x: 300, y: 200 }
    const diagramPoint = {
      x: (screenPoint.x - start.x) / start.scale,
      y: (screenPoint.y - start.y) / start.scale,
    }
    const zoomed = zoomAt(start, 1.25, screenPoint)
    expect(zoomed.scale).toBeCloseTo(1.875)
    const landed = onScreen(zoomed, diagramPoint)
    expect(landed.x).toBeCloseTo(screenPoint.x)
    expect(landed.y).toBeCloseTo(screenPoint.y)
  })

  it('returns to where it started after zooming in and back out', () => {
    const start: Viewport = { scale: 1, x: 0, y: 0 }
    const back = zoomAt(zoomAt(start, 2, { x: 600, y: 320 }), 0.5, { x: 600, y: 320 })
    expect(back.scale).toBeCloseTo(1)
    expect(back.x).toBeCloseTo(0)
    expect(back.y).toBeCloseTo(0)
  })

  it('stops at the smallest and largest scale without drifting', () => {
    let view: Viewport = { scale: 1, x: 0, y: 0 }
    for (let i = 0; i < 30; i++) view = zoomAt(view, 1.25, { x: 100, y: 100 })
    expect(view.scale).toBe(MAX_SCALE)
    const atMax = zoomAt(view, 1.25, { x: 500, y: 500 })
    expect(atMax).toEqual(view)
    for (let i = 0; i < 60; i++) view = zoomAt(view, 0.8, { x: 100, y: 100 })
    expect(view.scale).toBe(MIN_SCALE)
  })
})
