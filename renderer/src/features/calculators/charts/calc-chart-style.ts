// Shared styling for the calculators' charts: axes, tooltips and legends coloured from the theme, and money
// on axes. The palette is the one EChart.vue hands to every option builder.

/** The theme colours `EChart` passes to an option builder (see components/echarts-setup.ts). */
export interface CalcPalette {
  text: string
  muted: string
  border: string
  surface: string
  accent: string
  success: string
  danger: string
  warning: string
  series: string[]
}

/** Money for an axis: `$0`, `$950`, `$1.2k`, `$3.4M`. */
export function axisMoney(v: number): string {
  const abs = Math.abs(v)
  if (abs >= 1e6) return `$${trim(v / 1e6)}M`
  if (abs >= 1e3) return `$${trim(v / 1e3)}k`
  if (abs >= 10 || abs === 0) return `$${Math.round(v)}`
  return `$${trim(v)}`
}

function trim(v: number): string {
  return String(Math.round(v * 10) / 10)
}

/** A value or category axis with legible labels in the theme's colours. */
export function axis(
  p: CalcPalette,
  type: 'value' | 'category',
  name: string,
  extra: Record<string, unknown> = {},
) {
  return {
    type,
    name,
    nameLocation: 'middle',
    nameGap: type === 'value' ? 44 : 30,
    nameTextStyle: { color: p.muted, fontSize: 12 },
    axisLine: { show: true, lineStyle: { color: p.muted } },
    axisTick: { lineStyle: { color: p.muted } },
    axisLabel: { color: p.text, fontSize: 12, hideOverlap: true },
    splitLine: { show: type === 'value', lineStyle: { color: p.border, opacity: 0.6 } },
    ...extra,
  }
}

/** A money value axis; as a y axis its name sits clear of labels of any width (with a grid `left` of 48). */
export function moneyAxis(p: CalcPalette, name: string, extra: Record<string, unknown> = {}) {
  return axis(p, 'value', name, {
    nameGap: 52,
    axisLabel: { color: p.text, fontSize: 12, formatter: axisMoney },
    ...extra,
  })
}

/** A tooltip that follows the theme instead of ECharts' white default. */
export function tooltip(p: CalcPalette, extra: Record<string, unknown> = {}) {
  return {
    backgroundColor: p.surface,
    borderColor: p.border,
    textStyle: { color: p.text, fontSize: 12 },
    confine: true,
    ...extra,
  }
}

/** A legend along the top in the theme's text colour. */
export function legend(p: CalcPalette, extra: Record<string, unknown> = {}) {
  return {
    top: 0,
    type: 'scroll',
    textStyle: { color: p.text, fontSize: 12 },
    inactiveColor: p.border,
    pageTextStyle: { color: p.text },
    ...extra,
  }
}
