// An import file goes to the backend in pieces, each small enough for one call in browser mode too.

/** Splits a text into pieces of at most `size` characters (at least one piece, even for empty text). */
export function chunkText(text: string, size: number): string[] {
  if (text.length === 0) return ['']
  const out: string[] = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

/** A fresh id for one upload: lower-case letters, digits and dashes. */
export function newUploadId(random: () => number = Math.random): string {
  return `import-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 8).toString(36)}`
}

/** The name an export is saved under: mls-companion-progress-2026-03-01.json. */
export function exportFileName(day: string): string {
  return `mls-companion-progress-${day}.json`
}
