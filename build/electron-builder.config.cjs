// electron-builder configuration: installers for Linux (AppImage, deb), macOS (dmg) and Windows (nsis).
// The content bundle and the migrations ship beside the app as extra resources; better-sqlite3 is rebuilt
// for Electron's ABI (npmRebuild) and unpacked from the asar, since a native module cannot load from inside it.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.mlscompanion.desktop',
  productName: 'MLS Companion',
  copyright: 'MLS Companion',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map'],
  extraResources: [
    { from: 'resources', to: 'content', filter: ['**/*', '!CONTENT.md'] },
    { from: 'out/content', to: 'content-compiled' },
    { from: 'electron/core/db/migrations', to: 'migrations' },
  ],
  asar: true,
  asarUnpack: ['**/node_modules/better-sqlite3/**'],
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Education', icon: 'build/icon.png', maintainer: 'MLS Companion' },
  deb: { depends: ['libnss3', 'libgtk-3-0'] },
  mac: { target: ['dmg'], category: 'public.app-category.education', icon: 'build/icon.png', hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
}
