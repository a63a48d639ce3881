import type { ChainCatalogue } from './types.ts'

/** The fields of a pools-list row a catalogue needs to list the pool (PoolRow has them). */
export type ListedPool = {
  kind: 'v2' | 'v3'
  address: `0x${string}`
  token0: { address: `0x${string}` }
  token1: { address: `0x${string}` }
  feePips: number
  tickSpacing: number
  available: boolean
}

/**
 * The catalogue with the pools the pools list found (a public chain's main pairs, through the factories)
 * added after its own known pools, so the simulator and add liquidity offer them. Pools the catalogue
 * knows already keep their entry (and order); rows whose state read failed are not added. Pure.
 */
export function withListedPools(
  catalogue: ChainCatalogue,
  rows: readonly ListedPool[] | undefined,
): ChainCatalogue {
  if (!rows || rows.length === 0) return catalogue
  const known = new Set(
    [...catalogue.v3Pools, ...catalogue.v2Pairs].map((pool) => pool.address.toLowerCase()),
  )
  const fresh = rows.filter((row) => row.available && !known.has(row.address.toLowerCase()))
  if (fresh.length === 0) return catalogue
  return {
    ...catalogue,
    v3Pools: [
      ...catalogue.v3Pools,
      ...fresh
        .filter((row) => row.kind === 'v3')
        .map((row) => ({
          address: row.address,
          token0: row.token0.address,
          token1: row.token1.address,
          fee: row.feePips,
          tickSpacing: row.tickSpacing,
        })),
    ],
    v2Pairs: [
      ...catalogue.v2Pairs,
      ...fresh
        .filter((row) => row.kind === 'v2')
        .map((row) => ({ address: row.address, token0: row.token0.address, token1: row.token1.address })),
    ],
  }
}
