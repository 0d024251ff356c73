// Shared styling for the figures' charts: axes, grids and tooltips coloured from the theme's palette, so every
// chart stays legible in both themes.
import type { chartPalette } from '@/components/echarts-setup'

/** The theme colours `EChart` hands to an option builder. */
export type ChartPalette = ReturnType<typeof chartPalette>

/**
 * Figures redraw on every slider step with a fresh option; animating each redraw would replay the entry
 * animation and show half-moved bars, so they draw instantly.
 */
export const instant = { animation: false } as const

/** A value axis with legible labels, a named title and faint grid lines. */
export function valueAxis(p: ChartPalette, name: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 32,
    nameTextStyle: { color: p.muted, fontSize: 12 },
    axisLine: { show: true, lineStyle: { color: p.muted } },
    axisTick: { lineStyle: { color: p.muted } },
    axisLabel: { color: p.text, fontSize: 12, hideOverlap: true },
    splitLine: { lineStyle: { color: p.border, opacity: 0.6 } },
    ...extra,
  }
}

/** A tooltip that follows the theme instead of ECharts' white default. */
export function tooltip(p: ChartPalette, extra: Record<string, unknown> = {}) {
  return {
    backgroundColor: p.surface,
    borderColor: p.border,
    textStyle: { color: p.text, fontSize: 12 },
    confine: true,
    ...extra,
  }
}

/** A legend along the top in the theme's text colour. */
export function legend(p: ChartPalette, extra: Record<string, unknown> = {}) {
  return { top: 0, textStyle: { color: p.text, fontSize: 12 }, inactiveColor: p.border, ...extra }
}

/** A vertical marker line at x with a label, drawn without a symbol at either end. */
export function verticalMarker(x: number, label: string, color: string, position = 'insideEndTop') {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color, type: 'dashed', width: 1.5 },
    label: { formatter: label, color, position, fontSize: 12 },
    data: [{ xAxis: x }],
  }
}
