// The interactive figures that stand in for the course's slide images, by the ids notes embed them with.
import type { FigureId } from '@shared/content/ids'

/** What the gallery and the embeds need to know about a figure before loading it (its code is in figure-loaders.ts). */
export interface FigureEntry {
  title: string
  /** One line for the gallery: what the figure lets you try. */
  blurb: string
}

/** Every figure, keyed by its content id; the type makes a missing id a compile error. */
export const figureCatalog: Record<FigureId, FigureEntry> = {
  distributions: {
    title: 'Normal, Poisson, binomial and Bernoulli distributions',
    blurb: 'Change the parameters and see a density curve (continuous) next to probability bars (discrete).',
  },
  'time-series': {
    title: 'Trend, seasonality and noise',
    blurb: 'Build a series from its parts and compare additive with multiplicative seasonality.',
  },
  'boxplot-outliers': {
    title: 'A box plot that exposes outliers',
    blurb: "The course's NumPy example: uniform data with planted extremes, flagged by the 1.5 × IQR rule.",
  },
  'income-histogram': {
    title: 'A histogram of simulated incomes',
    blurb: '10,000 incomes drawn from a normal distribution, binned, with the mean and median marked.',
  },
  'confusion-matrix': {
    title: 'Confusion matrix, threshold and ROC curve',
    blurb:
      'Move the threshold of a scoring classifier and watch the confusion matrix, the metrics and the ROC point.',
  },
}

/** The figure ids in the order the gallery lists them. */
export const figureOrder = Object.keys(figureCatalog) as FigureId[]

/** True when `id` names a known figure. */
export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figureCatalog, id)
}
