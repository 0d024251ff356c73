import MarkdownIt, { type PluginWithParams, type StateBlock, type Token } from 'markdown-it'
import container from 'markdown-it-container'
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import json from 'highlight.js/lib/languages/json'
import python from 'highlight.js/lib/languages/python'
import sql from 'highlight.js/lib/languages/sql'
import yaml from 'highlight.js/lib/languages/yaml'

hljs.registerLanguage('bash', bash)
hljs.registerLanguage('json', json)
hljs.registerLanguage('python', python)
hljs.registerLanguage('sql', sql)
hljs.registerLanguage('yaml', yaml)

export const calloutKinds = {
  tip: 'Exam tip',
  changed: 'Changed since the course',
  note: 'Note',
  warning: 'Watch out',
} as const
export type CalloutKind = keyof typeof calloutKinds

export type Markdown = ReturnType<typeof createMarkdown>

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const embedLine = /^@\[(diagram|calculator|figure)\]\(([a-z0-9-]+)\)\s*$/

export interface MarkdownRefs {
  notes: string[]
  embeds: { kind: 'diagram' | 'calculator' | 'figure'; id: string }[]
}

/** Builds the Markdown renderer for notes: tables, highlighted code, callouts, note links and embeds. */
export function createMarkdown() {
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight(code, lang) {
      if (lang && hljs.getLanguage(lang)) {
        return `<pre class="code"><code class="hljs language-${lang}">${hljs.highlight(code, { language: lang }).value}</code></pre>`
      }
      return `<pre class="code"><code>${escapeHtml(code)}</code></pre>`
    },
  })

  for (const [kind, label] of Object.entries(calloutKinds)) {
    // markdown-it-container's types name the CommonJS build of markdown-it; the plugin itself is the same.
    md.use(container as unknown as PluginWithParams, kind, {
      render(tokens: Token[], idx: number) {
        const token = tokens[idx]!
        if (token.nesting !== 1) return '</div></aside>\n'
        const title = token.info.trim().slice(kind.length).trim() || label
        return `<aside class="callout callout-${kind}" role="note" aria-label="${escapeHtml(label)}"><p class="callout-title">${escapeHtml(title)}</p><div class="callout-body">\n`
      },
    })
  }

  // `@[diagram](id)` alone on a line becomes a placeholder that the renderer mounts a live component into.
  md.block.ruler.before('paragraph', 'embed', (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
    const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]).trim()
    const m = embedLine.exec(line)
    if (!m) return false
    if (silent) return true
    const token = state.push('embed', 'div', 0)
    token.meta = { kind: m[1], id: m[2] }
    token.map = [startLine, startLine + 1]
    state.line = startLine + 1
    return true
  })
  md.renderer.rules.embed = (tokens, idx) => {
    const { kind, id } = tokens[idx]!.meta as { kind: string; id: string }
    return `<div class="embed embed-${kind}" data-embed-kind="${kind}" data-embed-id="${id}"></div>\n`
  }

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o))
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!
    const href = String(token.attrGet('href') ?? '')
    if (href.startsWith('note:')) {
      token.attrSet('href', `#/notes/${href.slice(5)}`)
      token.attrSet('data-note-link', href.slice(5))
    } else if (/^https?:/.test(href)) {
      token.attrSet('target', '_blank')
      token.attrSet('rel', 'noopener noreferrer')
      token.attrSet('class', 'external')
    }
    return defaultLinkOpen(tokens, idx, options, env, self)
  }
  // Tables scroll inside their own box instead of widening the page.
  md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n'
  md.renderer.rules.table_close = () => '</table></div>\n'
  return md
}

/** Lists the note links and embeds of a note, read from its rendered HTML (so Markdown is parsed once). */
export function collectRefs(html: string): MarkdownRefs {
  return {
    notes: [...html.matchAll(/data-note-link="([a-z0-9-]+)"/g)].map((m) => m[1]!),
    embeds: [...html.matchAll(/data-embed-kind="(diagram|calculator|figure)" data-embed-id="([a-z0-9-]+)"/g)].map((m) => ({
      kind: m[1] as MarkdownRefs['embeds'][number]['kind'],
      id: m[2]!,
    })),
  }
}

/** Plain text of rendered HTML, for the search index. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
