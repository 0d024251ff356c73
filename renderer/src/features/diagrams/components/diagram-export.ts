// Export of the drawn diagram as a standalone SVG or PNG file. The live SVG takes its colours from CSS variables,
// so the copy gets every computed presentation value inlined before it leaves the page.

const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const

/** Copies computed styles of `source` and its descendants onto the matching elements of `copy`. */
function inlineStyles(source: Element, copy: Element): void {
  const sources = [source, ...source.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  sources.forEach((el, i) => {
    const target = copies[i]
    if (!target || typeof getComputedStyle !== 'function') return
    const style = getComputedStyle(el)
    const declarations = INLINED.map((prop) => [prop, style.getPropertyValue(prop)] as const)
      .filter(([, value]) => value !== '')
      .map(([prop, value]) => `${prop}:${value}`)
    // Freeze the flow animation in its resting state.
    declarations.push('animation:none')
    target.setAttribute('style', declarations.join(';'))
  })
}

/** Serialises the diagram SVG at its natural size, without pan/zoom, focus rings or form controls. */
export function serializeDiagramSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, copy)
  copy.querySelectorAll('foreignObject').forEach((el) => el.remove())
  copy.querySelector('[data-viewport]')?.removeAttribute('transform')
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    el.removeAttribute('tabindex')
    el.removeAttribute('role')
    el.removeAttribute('aria-label')
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return new XMLSerializer().serializeToString(copy)
}

/** Offers a blob to the user as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Downloads the diagram as an SVG file. */
export function exportSvg(svg: SVGSVGElement, id: string, width: number, height: number): void {
  const text = serializeDiagramSvg(svg, width, height)
  downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${id}.svg`)
}

/** Renders the serialised SVG onto a canvas at `scale` and downloads it as a PNG file. */
export async function exportPng(
  svg: SVGSVGElement,
  id: string,
  width: number,
  height: number,
  scale = 2,
): Promise<void> {
  const text = serializeDiagramSvg(svg, width, height)
  // A data: URL rather than a blob: URL, because a strict Content-Security-Policy usually allows data: images.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`
  const image = new Image()
  image.decoding = 'async'
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(new Error('the diagram could not be rendered as an image'))
    image.src = url
  })
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2D canvas context is available')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('the PNG could not be encoded')
  downloadBlob(blob, `${id}.png`)
}
