// @vitest-environment happy-dom
import { createApp, nextTick, type App } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import FigureEmbed from '../../../../../renderer/src/features/figures/components/FigureEmbed.vue'
import { figureOrder } from '../../../../../renderer/src/features/figures/figure-catalog'
import { figureLoaders } from '../../../../../renderer/src/features/figures/figure-loaders'

let mounted: { app: App; host: HTMLElement } | null = null
afterEach(() => {
  // Unmounting also drops a figure still loading, so nothing renders after its test has ended.
  mounted?.app.unmount()
  mounted?.host.remove()
  mounted = null
})

function mount(id: string) {
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(FigureEmbed, { id })
  app.mount(host)
  mounted = { app, host }
  return host
}

describe('FigureEmbed', () => {
  it('says plainly when a note asks for a figure that does not exist', async () => {
    const el = mount('no-such-figure')
    await nextTick()
    const note = el.querySelector('[role="note"]')
    expect(note?.textContent).toContain('Figure not found.')
    expect(note?.textContent).toContain('“no-such-figure”')
  })

  it('does not treat inherited property names as figures', async () => {
    const el = mount('constructor')
    await nextTick()
    expect(el.textContent).toContain('Figure not found.')
  })

  it('starts loading a known figure instead of showing the message', async () => {
    const el = mount('distributions')
    await nextTick()
    expect(el.textContent).not.toContain('Figure not found.')
  })

  it('has a loadable component for every figure', async () => {
    for (const id of figureOrder) {
      const loaded = await figureLoaders[id]()
      expect(loaded.default, id).toBeTypeOf('object')
    }
  })
})
