import type { ChainCatalogue, V2PairInfo, V3PoolInfo } from './types.ts'

/** The pools a pools list found (a PoolsListConfig has these fields). */
export type ListedPools = { v3Pools: readonly V3PoolInfo[]; v2Pairs: readonly V2PairInfo[] }

/**
 * The catalogue with the pools the pools list found (a public chain's main pairs, through the factories)
 * added after its own known pools, so the simulator and add liquidity offer them. Pools the catalogue
 * knows already keep their entry (and order). Pure.
 * @returns `catalogue` itself when nothing is added
 */
export function withListedPools(catalogue: ChainCatalogue, listed: ListedPools | undefined): ChainCatalogue {
  if (!listed) return catalogue
  const known = new Set(
    [...catalogue.v3Pools, ...catalogue.v2Pairs].map((pool) => pool.address.toLowerCase()),
  )
  const v3Pools = listed.v3Pools.filter((pool) => !known.has(pool.address.toLowerCase()))
  const v2Pairs = listed.v2Pairs.filter((pair) => !known.has(pair.address.toLowerCase()))
  if (v3Pools.length === 0 && v2Pairs.length === 0) return catalogue
  return {
    ...catalogue,
    v3Pools: [...catalogue.v3Pools, ...v3Pools],
    v2Pairs: [...catalogue.v2Pairs, ...v2Pairs],
  }
}
