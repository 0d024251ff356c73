// A binary classifier judged at a threshold (the confusion matrix and its rates) and across every threshold
// (the ROC curve and the area under it).

/** The four counts of a binary confusion matrix. */
export interface ConfusionCounts {
  tp: number
  fp: number
  tn: number
  fn: number
}

/** The rates derived from the counts; null where the denominator is zero (the rate is undefined). */
export interface ClassificationMetrics extends ConfusionCounts {
  precision: number | null
  recall: number | null
  f1: number | null
  specificity: number | null
  accuracy: number | null
  fpr: number | null
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b)

/** Counts outcomes when a score at or above `threshold` is predicted positive. Labels: true = actually positive. */
export function confusionAt(
  scores: readonly number[],
  labels: readonly boolean[],
  threshold: number,
): ConfusionCounts {
  if (scores.length !== labels.length) throw new RangeError('scores and labels must have the same length')
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 }
  scores.forEach((score, i) => {
    const predicted = score >= threshold
    if (labels[i]) counts[predicted ? 'tp' : 'fn']++
    else counts[predicted ? 'fp' : 'tn']++
  })
  return counts
}

/** Precision, recall (TPR), F1, specificity, accuracy and false positive rate from the four counts. */
export function metricsFrom(c: ConfusionCounts): ClassificationMetrics {
  const precision = ratio(c.tp, c.tp + c.fp)
  const recall = ratio(c.tp, c.tp + c.fn)
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return {
    ...c,
    precision,
    recall,
    f1,
    specificity: ratio(c.tn, c.tn + c.fp),
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn),
    fpr: ratio(c.fp, c.fp + c.tn),
  }
}

/** The confusion matrix and every rate at one threshold. */
export function metricsAt(
  scores: readonly number[],
  labels: readonly boolean[],
  threshold: number,
): ClassificationMetrics {
  return metricsFrom(confusionAt(scores, labels, threshold))
}

/** One point of the ROC curve: the rates when scores ≥ threshold are called positive. */
export interface RocPoint {
  fpr: number
  tpr: number
  threshold: number
}

/**
 * The ROC curve from (0, 0) (nothing flagged, threshold +∞) to (1, 1), one point per distinct score. Tied
 * scores move together, so a tie between classes becomes a diagonal step rather than an optimistic corner.
 */
export function rocCurve(scores: readonly number[], labels: readonly boolean[]): RocPoint[] {
  if (scores.length !== labels.length) throw new RangeError('scores and labels must have the same length')
  const positives = labels.filter(Boolean).length
  const negatives = labels.length - positives
  if (positives === 0 || negatives === 0) throw new RangeError('the ROC curve needs both classes')
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!)
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Infinity }]
  let tp = 0
  let fp = 0
  for (let i = 0; i < order.length; i++) {
    const idx = order[i]!
    if (labels[idx]) tp++
    else fp++
    const next = order[i + 1]
    if (next === undefined || scores[next] !== scores[idx]) {
      points.push({ fpr: fp / negatives, tpr: tp / positives, threshold: scores[idx]! })
    }
  }
  return points
}

/** The area under a curve of (fpr, tpr) points ordered by fpr, by the trapezoid rule. */
export function aucOf(points: readonly { fpr: number; tpr: number }[]): number {
  let area = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    area += ((b.fpr - a.fpr) * (a.tpr + b.tpr)) / 2
  }
  return area
}
