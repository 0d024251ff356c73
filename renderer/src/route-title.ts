// The window title for a route: the page's own name, made specific where the route says more (a practice
// section, a calculator). Views that load a named item (a diagram) may refine it once the item arrives.
import { calculatorTitles } from './commands'

const practiceTabs: Record<string, string> = { review: 'Review cards', quiz: 'Quiz', mock: 'Mock exam', history: 'Mock history' }

/** "Quiz · Practice · MLS Companion" and the like, from a route's name, params and meta title. */
export function routeTitle(to: { name?: unknown; params: Record<string, unknown>; meta: Record<string, unknown> }): string {
  const base = typeof to.meta.title === 'string' ? to.meta.title : ''
  const param = (k: string) => (typeof to.params[k] === 'string' ? (to.params[k] as string) : '')
  let title = base
  if (to.name === 'practice') title = `${practiceTabs[param('tab')] ?? practiceTabs.review} · ${base}`
  if (to.name === 'calculator') title = calculatorTitles[param('id') as keyof typeof calculatorTitles] ?? base
  return title ? `${title} · MLS Companion` : 'MLS Companion'
}
