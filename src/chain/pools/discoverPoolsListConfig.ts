import type { Address, Client } from 'viem'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { discoverPools } from './discoverPools.ts'
import type { PublicPoolsSource } from './publicPoolsSources.ts'

/**
 * A public chain's pools list config: every V3 fee tier and V2 pair of the tracked tokens, found with
 * the factories' getPool/getPair in one Multicall3 request. Farms are not discoverable from the
 * factories, so the list shows none there.
 * @param startBlock lower bound for log scans (0: the swap reader estimates the 7-day block itself)
 */
export async function discoverPoolsListConfig(
  client: Client,
  source: PublicPoolsSource,
  startBlock = 0n,
): Promise<PoolsListConfig> {
  const found = await discoverPools(client, {
    multicall3: source.multicall3,
    v3Factory: source.v3Factory,
    v2Factory: source.v2Factory,
    tokens: source.tokens.map((token) => token.address),
  })
  // discoverPools lowercases token addresses; give them back their checksummed form.
  const checksummed = new Map(source.tokens.map((token) => [token.address.toLowerCase(), token.address]))
  const token = (address: Address) => checksummed.get(address.toLowerCase()) ?? address
  return {
    chainId: source.chainId,
    multicall3: source.multicall3,
    v3Staker: source.v3Staker,
    usdToken: source.usdToken,
    startBlock,
    tokens: source.tokens,
    v3Pools: found.v3Pools.map((pool) => ({
      ...pool,
      token0: token(pool.token0),
      token1: token(pool.token1),
    })),
    v2Pairs: found.v2Pairs.map((pair) => ({
      ...pair,
      token0: token(pair.token0),
      token1: token(pair.token1),
    })),
    stakingRewards: [],
    v3Incentives: [],
  }
}
