// The only place ECharts is imported: just the charts and components the app draws, so the rest is
// tree-shaken away. Loaded lazily with the routes that draw charts.
import { BarChart, BoxplotChart, GaugeChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts'
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([
  BarChart,
  BoxplotChart,
  GaugeChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  ScatterChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
])

export { echarts }

/** Colours for charts, read from the design system's CSS variables of the current theme. */
export function chartPalette() {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(name).trim()
  return {
    text: v('--color-text'),
    muted: v('--color-text-muted'),
    border: v('--color-border'),
    surface: v('--color-surface'),
    accent: v('--color-accent'),
    success: v('--color-success'),
    danger: v('--color-danger'),
    warning: v('--color-warning'),
    series: [v('--color-accent'), v('--color-success'), v('--color-warning'), v('--color-danger'), '#8b5cf6', '#0891b2'],
  }
}
