import type { Address } from 'viem'
import type {
  CatalogueCore,
  StakingRewardsInfo,
  V2PairInfo,
  V3IncentiveInfo,
} from '../../domain/catalogue/types.ts'
import { computeV2PairAddress } from '../../domain/pools/computeV2PairAddress.ts'
import type { PricingConfig } from '../../domain/pricing/pricingTypes.ts'
import type { PositionsContracts } from '../readPositionsState.ts'
import { getCatalogueCore } from './getCatalogue.ts'
import { pricingConfigOf } from './pricingConfig.ts'

/** Everything the positions readers need to know about one chain. */
export interface PositionsConfig {
  chainId: number
  contracts: PositionsContracts
  /** Tracked V2 pairs: the catalogue's pairs and the farms' pairs (user imports are added per call). */
  v2Pairs: readonly V2PairInfo[]
  farms: readonly StakingRewardsInfo[]
  incentives: readonly V3IncentiveInfo[]
  pricing: PricingConfig | undefined
  /** First block event history is scanned from (deployment of the contracts). */
  historyFromBlock: bigint
  /** Uniswap V4 where Poolscope reads it; undefined = no V4 positions on this chain. */
  v4: V4PositionsConfig | undefined
}

/** What the V4 positions reader needs on one chain. */
export interface V4PositionsConfig {
  /** The PoolManager: its ModifyLiquidity, Swap and Initialize logs make the V4 fee history. */
  poolManager: Address
  positionManager: Address
  stateView: Address
  /** The PositionManager's deployment block: its Transfer logs are scanned from here. */
  fromBlock: bigint
  /** Native ETH (currency address(0)) is priced as this token (WETH). */
  wrappedNative: Address
}

/**
 * The V2 pairs whose LP tokens the positions page looks for: the catalogue's known pairs, and on a public
 * chain the V2 pair of each main pair (CREATE2 from the canonical factory, so no lookup; a pair that was
 * never created answers "no contract" and is no position), which includes the farms' staking pairs.
 */
function trackedV2Pairs(core: CatalogueCore): V2PairInfo[] {
  const pairs = [...core.v2Pairs]
  const known = new Set(pairs.map((pair) => pair.address.toLowerCase()))
  const mainPairs = core.poolsList.from === 'factories' ? core.poolsList.pairs : []
  for (const [tokenA, tokenB] of mainPairs) {
    const pair = computeV2PairAddress(core.contracts.v2Factory, tokenA, tokenB)
    if (!known.has(pair.address.toLowerCase())) pairs.push(pair)
    known.add(pair.address.toLowerCase())
  }
  return pairs
}

/**
 * The positions configuration of a catalogue: its pairs (plus a public chain's main V2 pairs), farms and
 * incentives; imported pairs and discovered incentives are added per call.
 */
export function positionsConfigOf(core: CatalogueCore): PositionsConfig {
  return {
    chainId: core.chainId,
    contracts: {
      multicall3: core.contracts.multicall3,
      nonfungiblePositionManager: core.contracts.nonfungiblePositionManager,
      v3Factory: core.contracts.v3Factory,
      v2Factory: core.contracts.v2Factory,
      v3Staker: core.contracts.v3Staker,
    },
    v2Pairs: trackedV2Pairs(core),
    farms: core.stakingRewards,
    incentives: core.v3Incentives,
    pricing: pricingConfigOf(core),
    historyFromBlock: BigInt(core.startBlock),
    v4: core.v4
      ? {
          poolManager: core.v4.poolManager,
          positionManager: core.v4.positionManager,
          stateView: core.v4.stateView,
          fromBlock: BigInt(core.v4.startBlock),
          wrappedNative: core.anchors.wrappedNative,
        }
      : undefined,
  }
}

/** The positions configuration of `chainId`, or undefined when the app has no catalogue there. */
export function getPositionsConfig(chainId: number): PositionsConfig | undefined {
  const core = getCatalogueCore(chainId)
  return core ? positionsConfigOf(core) : undefined
}

/** Adds user-imported pairs to the tracked ones (deduplicated by address). */
export function withImportedPairs(config: PositionsConfig, imported: readonly V2PairInfo[]): PositionsConfig {
  const known = new Set(config.v2Pairs.map((pair) => pair.address.toLowerCase()))
  const extra = imported.filter((pair) => !known.has(pair.address.toLowerCase()))
  return { ...config, v2Pairs: [...config.v2Pairs, ...extra] }
}
