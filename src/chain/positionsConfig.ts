import { DEVNET_CHAIN_ID } from '../config/devnetChain.ts'
import { devnetDeployments } from '../config/devnetDeployments.ts'
import { getUniswapContracts } from '../config/uniswapContracts.ts'
import type { StakingRewardsInfo, V2PairInfo, V3IncentiveInfo } from '../domain/catalogue/types.ts'
import type { PricingConfig } from '../domain/pricing/pricingTypes.ts'
import { getPricingConfig } from './prices/pricingPools.ts'
import type { PositionsContracts } from './readPositionsState.ts'

/** Everything the positions readers need to know about one chain. */
export interface PositionsConfig {
  chainId: number
  contracts: PositionsContracts
  /** Tracked V2 pairs: the token list's pairs and the farms' pairs (user imports are added per call). */
  v2Pairs: readonly V2PairInfo[]
  farms: readonly StakingRewardsInfo[]
  incentives: readonly V3IncentiveInfo[]
  pricing: PricingConfig | undefined
  /** First block event history is scanned from (deployment of the contracts). */
  historyFromBlock: bigint
}

/**
 * The positions configuration of `chainId`, or undefined when the app has no Uniswap addresses
 * there. Public chains track no pairs, farms or incentives by default; imported pairs are passed in.
 */
export function getPositionsConfig(chainId: number): PositionsConfig | undefined {
  const uniswap = getUniswapContracts(chainId)
  if (!uniswap) return undefined
  const isDevnet = chainId === DEVNET_CHAIN_ID
  return {
    chainId,
    contracts: {
      multicall3: uniswap.multicall3,
      nonfungiblePositionManager: uniswap.nonfungiblePositionManager,
      v3Factory: uniswap.v3Factory,
      v2Factory: uniswap.v2Factory,
      v3Staker: uniswap.v3Staker,
    },
    v2Pairs: isDevnet ? devnetDeployments.v2Pairs : [],
    farms: isDevnet ? devnetDeployments.stakingRewards : [],
    incentives: isDevnet ? devnetDeployments.v3Incentives : [],
    pricing: getPricingConfig(chainId),
    historyFromBlock: isDevnet ? BigInt(devnetDeployments.startBlock) : 0n,
  }
}

/** Adds user-imported pairs to the tracked ones (deduplicated by address). */
export function withImportedPairs(config: PositionsConfig, imported: readonly V2PairInfo[]): PositionsConfig {
  const known = new Set(config.v2Pairs.map((pair) => pair.address.toLowerCase()))
  const extra = imported.filter((pair) => !known.has(pair.address.toLowerCase()))
  return { ...config, v2Pairs: [...config.v2Pairs, ...extra] }
}
