import { diagramSchema, type Diagram } from '../../shared/content/diagram-schema'
import { priceSheetSchema, type PriceSheet } from '../../shared/content/price-sheet-schema'
import { fieldPath, listBundleFiles, parseJson, readBundleFile, type ProblemList } from './bundle-files'

export interface ExtraCollections {
  diagrams: Map<string, Diagram>
  prices: Map<string, PriceSheet>
}

/** Loads the one-item-per-file collections: diagrams (and price sheets), each file named by its id. */
export function loadExtraCollections(dir: string, problems: ProblemList): ExtraCollections {
  const diagrams = new Map<string, Diagram>()
  for (const rel of listBundleFiles(dir, 'diagrams', '.json', problems)) {
    const text = readBundleFile(dir, rel, problems)
    const json = text === null ? undefined : parseJson(text, rel, problems)
    if (json === undefined) continue
    const result = diagramSchema.safeParse(json)
    if (!result.success) {
      for (const issue of result.error.issues) problems.add(rel, fieldPath('', issue.path), issue.message)
      continue
    }
    if (rel !== `diagrams/${result.data.id}.json`) problems.add(rel, 'id', `the file must be named after its id (${result.data.id}.json)`)
    diagrams.set(result.data.id, result.data)
  }
  return { diagrams, prices: loadPriceSheets(dir, problems) }
}

/** Loads the price sheets of the cost calculators, each validated and named after its id. */
function loadPriceSheets(dir: string, problems: ProblemList): Map<string, PriceSheet> {
  const prices = new Map<string, PriceSheet>()
  for (const rel of listBundleFiles(dir, 'prices', '.json', problems)) {
    const text = readBundleFile(dir, rel, problems)
    const json = text === null ? undefined : parseJson(text, rel, problems)
    if (json === undefined) continue
    const result = priceSheetSchema.safeParse(json)
    if (!result.success) {
      for (const issue of result.error.issues) problems.add(rel, fieldPath('', issue.path), issue.message)
      continue
    }
    if (rel !== `prices/${result.data.id}.json`) problems.add(rel, 'id', `the file must be named after its id (${result.data.id}.json)`)
    prices.set(result.data.id, result.data)
  }
  return prices
}
