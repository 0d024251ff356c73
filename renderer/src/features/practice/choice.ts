// Choosing options: one for a single-answer question, up to N for "Choose N".

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six']

/** The chosen options after clicking one: a single answer replaces, a multiple answer toggles up to `choose`. */
export function toggleChoice(chosen: readonly string[], optionId: string, choose: number): string[] {
  if (choose <= 1) return [optionId]
  if (chosen.includes(optionId)) return chosen.filter((c) => c !== optionId)
  if (chosen.length >= choose) return [...chosen]
  return [...chosen, optionId].sort()
}

/** The instruction for a question: "Choose one." or "Choose two." */
export function choiceHint(choose: number): string {
  return `Choose ${words[choose] ?? choose}.`
}

/** Whether enough options are chosen to check the answer. */
export function choiceComplete(chosen: readonly string[], choose: number): boolean {
  return chosen.length === choose
}
