// The classifier figure's two charts: the scores of both classes with the threshold, and the ROC curve with
// the current operating point.
import type { EChartsCoreOption } from 'echarts/core'
import type { RocPoint } from '../math/classification'
import type { Histogram } from '../math/summary-stats'
import { formatNumber } from '../format'
import { instant, legend, tooltip, valueAxis, verticalMarker, type ChartPalette } from './chart-style'

/** Overlaid histograms of the negatives' and the positives' scores, with the threshold as a vertical line. */
export function scoresOption(
  p: ChartPalette,
  negatives: Histogram,
  positives: Histogram,
  threshold: number,
): EChartsCoreOption {
  const centres = negatives.edges.slice(0, -1).map((e, i) => (e + negatives.edges[i + 1]!) / 2)
  const bars = (name: string, h: Histogram, color: string) => ({
    type: 'bar',
    name,
    data: h.counts.map((c, i) => [centres[i]!, c]),
    barWidth: '100%',
    barGap: '-100%',
    itemStyle: { color, opacity: 0.55, borderColor: color, borderWidth: 1 },
  })
  const thresholdLine = verticalMarker(threshold, `threshold ${threshold.toFixed(2)}`, p.text, 'end')
  return {
    ...instant,
    grid: { left: 52, right: 20, top: 48, bottom: 52 },
    legend: legend(p),
    tooltip: tooltip(p, { trigger: 'axis' }),
    xAxis: valueAxis(p, 'score', { min: 0, max: 1, interval: 0.2, splitLine: { show: false } }),
    yAxis: valueAxis(p, 'examples', { nameGap: 36, minInterval: 1 }),
    series: [
      bars('actually negative', negatives, p.accent),
      {
        ...bars('actually positive', positives, p.warning),
        markLine: { ...thresholdLine, lineStyle: { ...thresholdLine.lineStyle, type: 'solid', width: 2 } },
      },
    ],
  }
}

/** The ROC curve, the random-guess diagonal and the operating point of the current threshold. */
export function rocOption(
  p: ChartPalette,
  roc: RocPoint[],
  auc: number,
  point: { fpr: number; tpr: number },
): EChartsCoreOption {
  const axis = (name: string) => valueAxis(p, name, { min: 0, max: 1, interval: 0.2, nameGap: 30 })
  return {
    ...instant,
    grid: { left: 52, right: 20, top: 48, bottom: 52 },
    legend: legend(p),
    tooltip: tooltip(p, {
      trigger: 'item',
      formatter: (x: { value: number[] }) =>
        `FPR ${formatNumber(x.value[0]!, 3)}, TPR ${formatNumber(x.value[1]!, 3)}`,
    }),
    xAxis: axis('false positive rate (1 − specificity)'),
    yAxis: { ...axis('true positive rate (recall)'), nameGap: 36 },
    series: [
      {
        type: 'line',
        name: `ROC (AUC ${auc.toFixed(3)})`,
        data: roc.map((r) => [r.fpr, r.tpr]),
        showSymbol: false,
        lineStyle: { color: p.accent, width: 2.5 },
        itemStyle: { color: p.accent },
        areaStyle: { color: p.accent, opacity: 0.1 },
      },
      {
        type: 'line',
        name: 'random guess',
        data: [
          [0, 0],
          [1, 1],
        ],
        showSymbol: false,
        silent: true,
        lineStyle: { color: p.muted, type: 'dashed', width: 1.5 },
        itemStyle: { color: p.muted },
      },
      {
        type: 'scatter',
        name: 'threshold',
        data: [[point.fpr, point.tpr]],
        symbolSize: 14,
        z: 5,
        itemStyle: { color: p.danger, borderColor: p.surface, borderWidth: 2 },
      },
    ],
  }
}
