import type { Address, Client } from 'viem'
import type { ChainCatalogue, TokenInfo } from '../../domain/catalogue/types.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { discoverPools } from './discoverPools.ts'

/**
 * A public chain's pools list config: every V3 fee tier and the V2 pair of the catalogue's main pairs,
 * found with the factories' getPool/getPair in one Multicall3 request; only pools that exist are kept.
 * The catalogue's StakingRewards farms and V3 incentives on those pools are listed with them (incentives
 * only where the chain has a V3 staker).
 * @param startBlock lower bound for log scans (default: the catalogue's start block)
 * @throws when the catalogue does not list its pools through the factories, or lacks a token's metadata
 */
export async function discoverPoolsListConfig(
  client: Client,
  catalogue: ChainCatalogue,
  startBlock = BigInt(catalogue.startBlock),
): Promise<PoolsListConfig> {
  const { poolsList, contracts } = catalogue
  if (poolsList.from !== 'factories')
    throw new Error(`chain ${catalogue.chainId}: no pools to discover through the factories`)
  const byAddress = new Map(catalogue.tokens.map((token) => [token.address.toLowerCase(), token]))
  const pairTokens = [...new Set(poolsList.pairs.flat().map((address) => address.toLowerCase()))]
  const tokens = pairTokens.map((address): TokenInfo => {
    const token = byAddress.get(address)
    if (!token) throw new Error(`chain ${catalogue.chainId}: no metadata for main-pair token ${address}`)
    return token
  })
  const found = await discoverPools(client, {
    multicall3: contracts.multicall3,
    v3Factory: contracts.v3Factory,
    v2Factory: contracts.v2Factory,
    pairs: poolsList.pairs,
  })
  // discoverPools lowercases token addresses; give them back their checksummed form.
  const token = (address: Address) => byAddress.get(address.toLowerCase())?.address ?? address
  const v3Pools = found.v3Pools.map((pool) => ({
    ...pool,
    token0: token(pool.token0),
    token1: token(pool.token1),
  }))
  const v2Pairs = found.v2Pairs.map((pair) => ({
    ...pair,
    token0: token(pair.token0),
    token1: token(pair.token1),
  }))
  const v3Listed = new Set(v3Pools.map((pool) => pool.address.toLowerCase()))
  const v2Listed = new Set(v2Pairs.map((pair) => pair.address.toLowerCase()))
  // Reward tokens of the listed farms need metadata too (the token list may carry them).
  const rewardTokens = [
    ...catalogue.stakingRewards.map((farm) => farm.rewardsToken),
    ...catalogue.v3Incentives.map((incentive) => incentive.rewardToken),
  ]
  for (const address of rewardTokens) {
    const known = byAddress.get(address.toLowerCase())
    if (known && !tokens.includes(known)) tokens.push(known)
  }
  return {
    chainId: catalogue.chainId,
    multicall3: contracts.multicall3,
    v3Staker: contracts.v3Staker,
    usdToken: catalogue.anchors.usdToken,
    startBlock,
    tokens,
    v3Pools,
    v2Pairs,
    stakingRewards: catalogue.stakingRewards.filter((farm) => v2Listed.has(farm.stakingToken.toLowerCase())),
    v3Incentives: contracts.v3Staker
      ? catalogue.v3Incentives.filter((incentive) => v3Listed.has(incentive.pool.toLowerCase()))
      : [],
  }
}
