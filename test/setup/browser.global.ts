import { existsSync } from 'node:fs'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { startDevnet } from '../../devnet/index.ts'
import type { Deployments } from '../../src/domain/catalogue/types.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
    browserRpcUrl: string
    browserDeployments: Deployments
    chromiumPath: string
  }
}

/** Ports of the browser layer: apart from `npm start` (8545/5173) and the integration devnet (8645); env overrides. */
export const BROWSER_DEVNET_PORT = Number(process.env.POOLSCOPE_BROWSER_DEVNET_PORT ?? 8745)
export const BROWSER_APP_PORT = Number(process.env.POOLSCOPE_BROWSER_APP_PORT ?? 4273)

// The browser layer runs the BUILT app (dist/, made by `npm test` before Vitest) against a real devnet.
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` first (npm test does).')
  const chromiumPath = process.env.CHROMIUM_PATH
  if (!chromiumPath || !existsSync(chromiumPath)) {
    throw new Error('CHROMIUM_PATH is not set to a Chromium executable: run the tests with `npm test`.')
  }
  const devnet = await startDevnet({ port: BROWSER_DEVNET_PORT, quiet: true })
  const server = await preview({
    preview: { port: BROWSER_APP_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  project.provide('appUrl', `http://127.0.0.1:${BROWSER_APP_PORT}`)
  project.provide('browserRpcUrl', devnet.rpcUrl)
  project.provide('browserDeployments', devnet.deployments)
  project.provide('chromiumPath', chromiumPath)
  return async () => {
    await server.close()
    await devnet.stop()
  }
}
