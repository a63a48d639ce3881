// The built app as the browser benches open it: a private `vite build` served by `vite preview`.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { type PreviewServer, preview } from 'vite'

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium']

/** The Chromium executable: CHROMIUM_PATH, else Debian's. Throws when there is none. */
export function findChromium(): string {
  const chromiumPath = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p))
  if (!chromiumPath) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install chromium')
  return chromiumPath
}

/**
 * Builds the app into `outDir` (its own directory, so other builds of dist/ during a run cannot
 * interfere), with `env` added to the build's environment (e.g. VITE_RPC_URL_31337).
 */
export function buildAppInto(outDir: string, env: Record<string, string> = {}): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
}

/** Serves a build of the app on 127.0.0.1:`port` (strict: a busy port throws). */
export function serveBuiltApp(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
}
