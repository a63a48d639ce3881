import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'
import type { Deployments } from '../../domain/catalogue/types.ts'

/** The deployments (tokens, pools, farms, USD token) the simulator knows for a chain. */
export function simulatorDeployments(chainId: number): Deployments | undefined {
  return chainId === DEVNET_CHAIN_ID ? devnetDeployments : undefined
}
