// Finds a Chromium for the browser tests, installing Debian's package when missing (as root).
// Never skips: without a browser the test run fails with a message that says what to do.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((path) => existsSync(path))
}

/** @returns {string} the Chromium executable path */
export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    throw new Error(
      'Chromium is required for the browser tests but was not found.\n' +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to a Chromium/Chrome executable).',
    )
  }
  console.log('[poolscope] Chromium not found: installing the Debian package (apt-get install chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  const installed = findChromium()
  if (!installed)
    throw new Error(`apt-get installed chromium but no executable was found at ${CANDIDATES.join(', ')}`)
  return installed
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium())
}
