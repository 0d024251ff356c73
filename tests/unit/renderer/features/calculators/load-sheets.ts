import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parsePriceSheet, type PriceSheet } from '../../../../../electron/shared/content/price-sheet-schema'

// The real price sheets from resources/prices, so the tests price against what ships.

export const pricesDir = fileURLToPath(new URL('../../../../../resources/prices/', import.meta.url))

/** Every sheet file name in resources/prices. */
export function sheetFiles(): string[] {
  return readdirSync(pricesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

/** Reads a sheet's raw JSON. */
export function readSheetJson(file: string): unknown {
  return JSON.parse(readFileSync(`${pricesDir}${file}`, 'utf8')) as unknown
}

/** Loads and validates a sheet by id. */
export function loadSheet(id: string): PriceSheet {
  return parsePriceSheet(readSheetJson(`${id}.json`), `prices/${id}.json`)
}
