// QuickSight cost under its three pricing models: the monthly and yearly bill (quicksight-bill.ts) and the
// cost-against-readers series for comparing the models (quicksight-readers.ts).

export {
  billingTerms,
  classicReaderCharge,
  quickSightCost,
  quickSightEditions,
  type BillingTerm,
  type QuickSightEdition,
  type QuickSightInput,
  type QuickSightResult,
  type ReaderGroup,
} from './quicksight-bill'
export { costVsReaders, type CostVsReadersInput, type CostVsReadersResult } from './quicksight-readers'
