import type { Address } from 'viem'
import type { PoolChoice } from './poolChoice.ts'
import type { ChainCatalogue } from './types.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * The pools the add-liquidity form lists on a chain: the catalogue's known V3 pools then V2 pairs, each
 * with its tokens' metadata and the farm or incentive paying its LPs. A pool whose token the catalogue
 * has no metadata for is left out. Public chains: their known route pools (no farms).
 */
export function listPoolChoices(catalogue: ChainCatalogue): PoolChoice[] {
  const token = (address: Address) => catalogue.tokens.find((t) => same(t.address, address))
  const choices: PoolChoice[] = []
  for (const pool of catalogue.v3Pools) {
    const token0 = token(pool.token0)
    const token1 = token(pool.token1)
    if (!token0 || !token1) continue
    const incentive = catalogue.v3Incentives.find((i) => same(i.pool, pool.address))
    choices.push({
      protocol: 'v3',
      address: pool.address,
      token0,
      token1,
      fee: pool.fee,
      tickSpacing: pool.tickSpacing,
      ...(incentive ? { incentive } : {}),
    })
  }
  for (const pair of catalogue.v2Pairs) {
    const token0 = token(pair.token0)
    const token1 = token(pair.token1)
    if (!token0 || !token1) continue
    const farm = catalogue.stakingRewards.find((f) => same(f.stakingToken, pair.address))
    choices.push({
      protocol: 'v2',
      address: pair.address,
      token0,
      token1,
      fee: 3000,
      tickSpacing: 0,
      ...(farm ? { farm } : {}),
    })
  }
  return choices
}
