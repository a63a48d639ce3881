import type { Client } from 'viem'
import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'
import type { Deployments } from '../../domain/catalogue/types.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { discoverPoolsListConfig } from './discoverPoolsListConfig.ts'
import { getPublicPoolsSource } from './publicPoolsSources.ts'

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
 * The devnet's pools list config (its deployments). Public chains discover theirs at read time:
 * see `loadPoolsListConfig`.
 */
export function getPoolsListConfig(chainId: number): PoolsListConfig | undefined {
  return chainId === DEVNET_CHAIN_ID ? poolsListConfigFromDeployments(devnetDeployments) : undefined
}

/** Whether Poolscope can list pools on `chainId` (the devnet, or a public chain with a token list). */
export function isPoolsListChain(chainId: number): boolean {
  return getPoolsListConfig(chainId) !== undefined || getPublicPoolsSource(chainId) !== undefined
}

/**
 * The pools list config of `chainId`: the devnet's deployments as they are, a public chain's found
 * through its factories (one batched request).
 * @returns the config, or undefined on a chain Poolscope cannot list
 */
export async function loadPoolsListConfig(
  client: Client,
  chainId: number,
): Promise<PoolsListConfig | undefined> {
  const known = getPoolsListConfig(chainId)
  if (known) return known
  const source = getPublicPoolsSource(chainId)
  return source ? discoverPoolsListConfig(client, source) : undefined
}
