import type { Address, Client } from 'viem'
import type { ChainCatalogue, TokenInfo } from '../../domain/catalogue/types.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { discoverPools } from './discoverPools.ts'

/**
 * A public chain's pools list config: every V3 fee tier and V2 pair of the catalogue's pools-list tokens,
 * found with the factories' getPool/getPair in one Multicall3 request. Farms are not discoverable from
 * the factories, so the list shows none there.
 * @param startBlock lower bound for log scans (0: the swap reader estimates the 7-day block itself)
 * @throws when the catalogue lists no tokens to discover from, lacks their metadata or has no V3 staker
 */
export async function discoverPoolsListConfig(
  client: Client,
  catalogue: ChainCatalogue,
  startBlock = 0n,
): Promise<PoolsListConfig> {
  const { poolsList, contracts } = catalogue
  if (poolsList.from !== 'factories' || !contracts.v3Staker)
    throw new Error(`chain ${catalogue.chainId}: no pools to discover through the factories`)
  const byAddress = new Map(catalogue.tokens.map((token) => [token.address.toLowerCase(), token]))
  const tokens = poolsList.tokens.map((address): TokenInfo => {
    const token = byAddress.get(address.toLowerCase())
    if (!token) throw new Error(`chain ${catalogue.chainId}: no metadata for pools-list token ${address}`)
    return token
  })
  const found = await discoverPools(client, {
    multicall3: contracts.multicall3,
    v3Factory: contracts.v3Factory,
    v2Factory: contracts.v2Factory,
    tokens: tokens.map((token) => token.address),
  })
  // discoverPools lowercases token addresses; give them back their checksummed form.
  const token = (address: Address) => byAddress.get(address.toLowerCase())?.address ?? address
  return {
    chainId: catalogue.chainId,
    multicall3: contracts.multicall3,
    v3Staker: contracts.v3Staker,
    usdToken: catalogue.anchors.usdToken,
    startBlock,
    tokens,
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
