import { computed, ref, type Ref } from 'vue'
import { zoomAt, type Viewport } from './pan-zoom-math'

// Pan (drag) and zoom (wheel, buttons, keys) for an SVG whose content sits in one transformed group.

/** Converts a pointer position to the SVG's viewBox coordinates. */
function toViewBox(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const ctm = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null
  if (!ctm) return { x: clientX, y: clientY }
  const inverse = ctm.inverse()
  return {
    x: inverse.a * clientX + inverse.c * clientY + inverse.e,
    y: inverse.b * clientX + inverse.d * clientY + inverse.f,
  }
}

/** Pan and zoom state and handlers for the SVG in `svgRef`, whose viewBox is `size`. */
export function usePanZoom(svgRef: Ref<SVGSVGElement | null>, size: () => { width: number; height: number }) {
  const view = ref<Viewport>({ scale: 1, x: 0, y: 0 })
  let drag: { id: number; last: { x: number; y: number } } | null = null
  const dragging = ref(false)

  const transform = computed(() => `translate(${view.value.x} ${view.value.y}) scale(${view.value.scale})`)
  const zoomPercent = computed(() => Math.round(view.value.scale * 100))

  function zoomBy(factor: number, point?: { x: number; y: number }): void {
    const { width, height } = size()
    view.value = zoomAt(view.value, factor, point ?? { x: width / 2, y: height / 2 })
  }
  function reset(): void {
    view.value = { scale: 1, x: 0, y: 0 }
  }
  function panBy(dx: number, dy: number): void {
    view.value = { ...view.value, x: view.value.x + dx, y: view.value.y + dy }
  }
  function onWheel(event: WheelEvent): void {
    const svg = svgRef.value
    if (!svg) return
    event.preventDefault()
    zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15, toViewBox(svg, event.clientX, event.clientY))
  }
  function onPointerDown(event: PointerEvent): void {
    const svg = svgRef.value
    const target = event.target as Element | null
    // Nodes keep their own clicks (and quiz selects); only the background starts a pan.
    if (!svg || event.button !== 0 || target?.closest('[data-node-id]')) return
    drag = { id: event.pointerId, last: toViewBox(svg, event.clientX, event.clientY) }
    dragging.value = true
    svg.setPointerCapture?.(event.pointerId)
  }
  function onPointerMove(event: PointerEvent): void {
    const svg = svgRef.value
    if (!svg || !drag || drag.id !== event.pointerId) return
    const now = toViewBox(svg, event.clientX, event.clientY)
    panBy(now.x - drag.last.x, now.y - drag.last.y)
    drag.last = now
  }
  function onPointerUp(event: PointerEvent): void {
    if (!drag || drag.id !== event.pointerId) return
    svgRef.value?.releasePointerCapture?.(event.pointerId)
    drag = null
    dragging.value = false
  }
  function onKeydown(event: KeyboardEvent): void {
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      '0': reset,
      ArrowLeft: () => panBy(40, 0),
      ArrowRight: () => panBy(-40, 0),
      ArrowUp: () => panBy(0, 40),
      ArrowDown: () => panBy(0, -40),
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return {
    view,
    transform,
    zoomPercent,
    dragging,
    zoomBy,
    reset,
    onWheel,
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onKeydown,
  }
}
