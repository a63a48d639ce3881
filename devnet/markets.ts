import type { TokenKey } from './tokenSpecs.ts'

/** A Uniswap V3 pool to create and seed. `weight` is its share of the simulated trades. */
export interface V3PoolSpec {
  tokenA: TokenKey
  tokenB: TokenKey
  fee: number
  /** USD value the liquidity provider deposits at creation. */
  tvlUsd: number
  weight: number
}

export interface V2PairSpec {
  tokenA: TokenKey
  tokenB: TokenKey
  tvlUsd: number
  weight: number
}

export const TICK_SPACING_BY_FEE: Readonly<Record<number, number>> = { 100: 1, 500: 10, 3000: 60, 10000: 200 }

/** Every token has a V3 route to USDC (directly or via WETH), so the app can price it in USD. */
export const V3_POOL_SPECS: readonly V3PoolSpec[] = [
  { tokenA: 'WETH', tokenB: 'USDC', fee: 500, tvlUsd: 8_000_000, weight: 3 },
  { tokenA: 'WETH', tokenB: 'USDC', fee: 3000, tvlUsd: 6_000_000, weight: 3 },
  { tokenA: 'WBTC', tokenB: 'WETH', fee: 3000, tvlUsd: 4_000_000, weight: 2 },
  { tokenA: 'WBTC', tokenB: 'USDC', fee: 3000, tvlUsd: 2_000_000, weight: 1 },
  { tokenA: 'DAI', tokenB: 'USDC', fee: 100, tvlUsd: 3_000_000, weight: 1.5 },
  { tokenA: 'FARM', tokenB: 'WETH', fee: 10000, tvlUsd: 400_000, weight: 1 },
  { tokenA: 'MKR', tokenB: 'WETH', fee: 3000, tvlUsd: 600_000, weight: 1 },
  { tokenA: 'NONAME', tokenB: 'USDC', fee: 3000, tvlUsd: 100_000, weight: 0.4 },
  { tokenA: 'ZERO', tokenB: 'USDC', fee: 3000, tvlUsd: 100_000, weight: 0.4 },
  { tokenA: 'YOCTO', tokenB: 'WETH', fee: 3000, tvlUsd: 100_000, weight: 0.4 },
  { tokenA: 'LONG', tokenB: 'USDC', fee: 3000, tvlUsd: 100_000, weight: 0.3 },
  { tokenA: 'HTML', tokenB: 'WETH', fee: 10000, tvlUsd: 100_000, weight: 0.3 },
]

export const V2_PAIR_SPECS: readonly V2PairSpec[] = [
  { tokenA: 'WETH', tokenB: 'USDC', tvlUsd: 5_000_000, weight: 3 },
  { tokenA: 'WBTC', tokenB: 'WETH', tvlUsd: 2_000_000, weight: 1 },
  { tokenA: 'DAI', tokenB: 'USDC', tvlUsd: 1_000_000, weight: 1 },
  { tokenA: 'FARM', tokenB: 'WETH', tvlUsd: 300_000, weight: 0.7 },
  { tokenA: 'NONAME', tokenB: 'USDC', tvlUsd: 100_000, weight: 0.4 },
  { tokenA: 'LONG', tokenB: 'USDC', tvlUsd: 100_000, weight: 0.3 },
  { tokenA: 'HTML', tokenB: 'WETH', tvlUsd: 100_000, weight: 0.3 },
]

/**
 * Per-step volatility of each token's USD price in the seeded walk (uniform ±sigma, mean-reverting).
 * Stablecoins barely move; USDC is the numeraire.
 */
export const PRICE_SIGMA: Readonly<Record<TokenKey, number>> = {
  USDC: 0,
  DAI: 0.001,
  WETH: 0.02,
  WBTC: 0.015,
  FARM: 0.03,
  MKR: 0.02,
  NONAME: 0.01,
  ZERO: 0.01,
  YOCTO: 0.02,
  LONG: 0.01,
  HTML: 0.02,
}

/** Pull towards the starting price per step: keeps the 30-day walk within roughly ±15 %. */
export const MEAN_REVERSION_PER_STEP = 0.03
