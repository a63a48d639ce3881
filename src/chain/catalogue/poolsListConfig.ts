import type { Client } from 'viem'
import type { ChainCatalogue } from '../../domain/catalogue/types.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { discoverPoolsListConfig } from '../pools/discoverPoolsListConfig.ts'
import { getCatalogueCore, loadCatalogue } from './getCatalogue.ts'

/**
 * The pools list config of a catalogue whose pools list is its known pools (the devnet's deployments).
 * @returns undefined when the catalogue does not list its known pools
 */
export function poolsListConfigOf(catalogue: ChainCatalogue): PoolsListConfig | undefined {
  const { v3Staker, multicall3 } = catalogue.contracts
  if (catalogue.poolsList.from !== 'known') return undefined
  return {
    chainId: catalogue.chainId,
    multicall3,
    v3Staker,
    usdToken: catalogue.anchors.usdToken,
    startBlock: BigInt(catalogue.startBlock),
    tokens: catalogue.tokens,
    v2Pairs: catalogue.v2Pairs,
    v3Pools: catalogue.v3Pools,
    stakingRewards: catalogue.stakingRewards,
    v3Incentives: v3Staker ? catalogue.v3Incentives : [],
  }
}

/**
 * Whether Poolscope can list pools on `chainId` (known pools, or a public chain's main pairs to find
 * through the factories). A chain without a V3 staker lists pools too, without V3 farm APRs.
 */
export function isPoolsListChain(chainId: number): boolean {
  const core = getCatalogueCore(chainId)
  return core !== undefined && core.poolsList.from !== 'none'
}

/**
 * Whether the pools list reads its 7-day figures with the first load on `chainId`: where the catalogue
 * says whole-history scans are affordable (the devnet's few thousand blocks). Elsewhere they load on
 * demand (a 7-day scan on Arbitrum is about 242 ranges of 10,000 blocks).
 */
export function sevenDayFiguresAtFirstLoad(chainId: number): boolean {
  return getCatalogueCore(chainId)?.fullHistory ?? false
}

/**
 * The pools list config of `chainId`: the known pools as they are, or a public chain's found through its
 * factories (one batched request).
 * @returns the config, or undefined on a chain Poolscope cannot list
 */
export async function loadPoolsListConfig(
  client: Client,
  chainId: number,
): Promise<PoolsListConfig | undefined> {
  if (!isPoolsListChain(chainId)) return undefined
  const catalogue = await loadCatalogue(chainId)
  if (!catalogue) return undefined
  return catalogue.poolsList.from === 'factories'
    ? discoverPoolsListConfig(client, catalogue)
    : poolsListConfigOf(catalogue)
}
