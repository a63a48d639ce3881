import type { TestProject } from 'vitest/node'
import { startDevnet } from '../../devnet/index.ts'
import type { Deployments } from '../../src/domain/catalogue/types.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
    deployments: Deployments
  }
}

/** Port of the integration-test devnet: apart from `npm start` (8545) and the browser tests (8745); env overrides. */
export const INTEGRATION_DEVNET_PORT = Number(process.env.POOLSCOPE_INTEGRATION_PORT ?? 8645)

// One real devnet for the integration layer; each test snapshots and reverts (snapshot.setup.ts).
export default async function setup(project: TestProject) {
  const devnet = await startDevnet({ port: INTEGRATION_DEVNET_PORT, quiet: true })
  project.provide('rpcUrl', devnet.rpcUrl)
  project.provide('deployments', devnet.deployments)
  return async () => {
    await devnet.stop()
  }
}
