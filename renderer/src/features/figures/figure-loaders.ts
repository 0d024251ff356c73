// Each figure's code, loaded on first use, so ECharts and the figures stay out of the notes' own bundle.
import type { Component } from 'vue'
import type { FigureId } from '@shared/content/ids'

/** A dynamic import per figure; the type makes a missing id a compile error. */
export const figureLoaders: Record<FigureId, () => Promise<{ default: Component }>> = {
  distributions: () => import('./components/DistributionsFigure.vue'),
  'time-series': () => import('./components/TimeSeriesFigure.vue'),
  'boxplot-outliers': () => import('./components/BoxplotOutliersFigure.vue'),
  'income-histogram': () => import('./components/IncomeHistogramFigure.vue'),
  'confusion-matrix': () => import('./components/ConfusionMatrixFigure.vue'),
}
