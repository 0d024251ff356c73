/** A piece of a rendered note: HTML, or an embedded live component. */
export type NoteSegment = { kind: 'html'; html: string } | { kind: 'embed'; embed: 'diagram' | 'calculator' | 'figure'; id: string }

const embedPattern = /<div class="embed embed-[a-z]+" data-embed-kind="(diagram|calculator|figure)" data-embed-id="([a-z0-9-]+)"><\/div>/g

/** Splits a note's HTML at its embed placeholders so each embed can be mounted as a component. */
export function splitEmbeds(html: string): NoteSegment[] {
  const out: NoteSegment[] = []
  let last = 0
  for (const m of html.matchAll(embedPattern)) {
    if (m.index > last) out.push({ kind: 'html', html: html.slice(last, m.index) })
    out.push({ kind: 'embed', embed: m[1] as 'diagram' | 'calculator' | 'figure', id: m[2]! })
    last = m.index + m[0].length
  }
  if (last < html.length) out.push({ kind: 'html', html: html.slice(last) })
  return out
}

/** The words of a search worth highlighting (two letters or more), longest first. */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

/** Wraps every occurrence of the terms (as word prefixes) in <mark class="search-hit">; returns the marks. */
export function highlightIn(root: HTMLElement, terms: string[]): HTMLElement[] {
  if (terms.length === 0) return []
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const re = new RegExp(`\\b(${escaped.join('|')})`, 'giu')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const texts: Text[] = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.parentElement?.closest('pre, mark'))) texts.push(n as Text)
  }
  const marks: HTMLElement[] = []
  for (const text of texts) {
    const value = text.nodeValue ?? ''
    re.lastIndex = 0
    if (!re.test(value)) continue
    re.lastIndex = 0
    const frag = document.createDocumentFragment()
    let last = 0
    for (const m of value.matchAll(re)) {
      frag.append(value.slice(last, m.index))
      const mark = document.createElement('mark')
      mark.className = 'search-hit'
      mark.textContent = m[0]
      frag.append(mark)
      marks.push(mark)
      last = m.index + m[0].length
    }
    frag.append(value.slice(last))
    text.replaceWith(frag)
  }
  return marks
}
