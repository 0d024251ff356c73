import os from 'node:os'
import path from 'node:path'

export const APP_DIR_NAME = 'MLS Companion'
export const DATA_DIR_ENV = 'MLSC_DATA_DIR'

/**
 * Where the learner's data lives: the folder Electron calls userData (per platform), or the folder named by
 * MLSC_DATA_DIR (tests and portable use). Browser mode uses the same rule so both modes share progress.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  const override = env[DATA_DIR_ENV]
  if (override && override.trim()) return path.resolve(override)
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME)
}
