import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../helpers'

const require = createRequire(import.meta.url)
const builderRequire = createRequire(require.resolve('app-builder-lib'))

/** electron-builder's own validation of a configuration against its JSON schema. */
function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = builderRequire('./util/config/config')
  const { DebugLogger } = builderRequire('builder-util')
  return validateConfiguration(config, new DebugLogger(false))
}

describe('the packaging configuration', () => {
  const config = require(path.join(root, 'build/electron-builder.config.cjs'))

  it("is valid against electron-builder's own schema", async () => {
    await expect(validate(structuredClone(config))).resolves.toBeUndefined()
    await expect(validate({ ...structuredClone(config), notAnOption: true })).rejects.toThrow(/notAnOption/)
  })

  it('targets Linux, macOS and Windows, ships the content (source and compiled) and migrations, and unpacks better-sqlite3', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.extraResources.map((r: { to: string }) => r.to)).toEqual(['content', 'content-compiled', 'migrations'])
    // The compiled bundle is what scripts/build.mjs writes; the packaged app looks for it under this name.
    expect(config.extraResources.find((r: { to: string }) => r.to === 'content-compiled').from).toBe('out/content')
    expect(fs.readFileSync(path.join(root, 'electron/main/paths.ts'), 'utf8')).toContain("'content-compiled'")
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**')
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) expect(fs.existsSync(path.join(root, icon))).toBe(true)
  })

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
})
