import type { Deployments } from '../../config/deployments.types.ts'
import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'
import type { PoolsListConfig } from './poolsListTypes.ts'

/** The pools list config of a chain's deployments file. */
export function poolsListConfigFromDeployments(deployments: Deployments): PoolsListConfig {
  return {
    chainId: deployments.chainId,
    multicall3: deployments.contracts.multicall3,
    v3Staker: deployments.contracts.v3Staker,
    usdToken: deployments.usdToken,
    startBlock: BigInt(deployments.startBlock),
    tokens: deployments.tokens,
    v2Pairs: deployments.v2Pairs,
    v3Pools: deployments.v3Pools,
    stakingRewards: deployments.stakingRewards,
    v3Incentives: deployments.v3Incentives,
  }
}

/**
 * The pools the app lists on `chainId`: the devnet's deployments. Public chains are not configured
 * yet (their pools would come from factory getPool/getPair over the token list, batched the same way).
 */
export function getPoolsListConfig(chainId: number): PoolsListConfig | undefined {
  return chainId === DEVNET_CHAIN_ID ? poolsListConfigFromDeployments(devnetDeployments) : undefined
}
