// The mock exam's question navigator: each question's state and the counts shown before submitting.

export interface NavigatorItem {
  index: number
  id: string
  answered: boolean
  flagged: boolean
  current: boolean
  label: string
}

/** One entry per question, with an accessible label such as "Question 5: answered, flagged". */
export function navigatorItems(
  questionIds: readonly string[],
  answers: Readonly<Record<string, readonly string[]>>,
  flags: readonly string[],
  currentIndex: number,
): NavigatorItem[] {
  return questionIds.map((id, index) => {
    const answered = (answers[id]?.length ?? 0) > 0
    const flagged = flags.includes(id)
    const state = [
      answered ? 'answered' : 'not answered',
      flagged ? 'flagged for review' : '',
      index === currentIndex ? 'current' : '',
    ]
    return {
      index,
      id,
      answered,
      flagged,
      current: index === currentIndex,
      label: `Question ${index + 1}: ${state.filter(Boolean).join(', ')}`,
    }
  })
}

/** How many questions are answered, unanswered and flagged. */
export function navigatorCounts(items: readonly NavigatorItem[]): {
  answered: number
  unanswered: number
  flagged: number
} {
  const answered = items.filter((i) => i.answered).length
  return { answered, unanswered: items.length - answered, flagged: items.filter((i) => i.flagged).length }
}
