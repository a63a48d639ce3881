import type { Deployments } from '../../src/domain/catalogue/types.ts'

/** What a fault scenario runs against; the browser test fills it from inject(), the bench from its own servers. */
export interface FaultEnvironment {
  /** The built app (vite preview). */
  appUrl: string
  /** The devnet itself: the proxy's upstream, and the oracle's direct line to the chain. */
  rpcUrl: string
  deployments: Deployments
  chromiumPath: string
  /** Port of the fault proxy (8860-8869). */
  proxyPort: number
}
