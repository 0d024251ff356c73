/** The theme to draw with: the learner's choice, or the system's when they chose "system". */
export function resolveTheme(choice: 'system' | 'light' | 'dark', systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light'
  return choice
}
