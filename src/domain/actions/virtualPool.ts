import type { Address } from 'viem'
import { TICK_SPACINGS } from '../../math/index.ts'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import { computeV3PoolAddress } from '../pools/computeV3PoolAddress.ts'

/** The V3 fee tiers (pips) the canonical factory enables. */
export const V3_FEE_TIERS = [100, 500, 3000, 10000] as const

/** A V3 pool to create: a pair (either order) and a fee tier. */
export type PoolToCreate = { tokenA: TokenInfo; tokenB: TokenInfo; fee: number }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The pair sorted like the factory sorts it (token0 has the lower address). */
export function sortTokens(tokenA: TokenInfo, tokenB: TokenInfo): [TokenInfo, TokenInfo] {
  return tokenA.address.toLowerCase() < tokenB.address.toLowerCase() ? [tokenA, tokenB] : [tokenB, tokenA]
}

/**
 * The V3 fee tiers of a pair that have no listed pool: the ones the form offers to create.
 * @example missingV3FeeTiers(choices, weth, usdc) // [100, 10000] when 0.05 % and 0.3 % are listed
 */
export function missingV3FeeTiers(
  choices: readonly PoolChoice[],
  tokenA: Address,
  tokenB: Address,
): number[] {
  const listed = new Set(
    choices
      .filter(
        (c) =>
          c.protocol === 'v3' &&
          ((same(c.token0.address, tokenA) && same(c.token1.address, tokenB)) ||
            (same(c.token0.address, tokenB) && same(c.token1.address, tokenA))),
      )
      .map((c) => c.fee),
  )
  return V3_FEE_TIERS.filter((fee) => !listed.has(fee))
}

/**
 * A "virtual" pool: the pool the create+initialize call will deploy, at the starting price, with no
 * liquidity. The rest of the form (range, amounts, review) derives from it like from a live pool.
 * @throws 'SAME_TOKEN' for a pair of one token, 'FEE_TIER' for a fee the factory does not enable
 */
export function virtualPoolChoice(parameters: {
  factory: Address
  target: PoolToCreate
  sqrtPriceX96: bigint
}): PoolChoice {
  const { factory, target, sqrtPriceX96 } = parameters
  if (same(target.tokenA.address, target.tokenB.address)) throw new Error('SAME_TOKEN')
  const tickSpacing = TICK_SPACINGS[target.fee]
  if (tickSpacing === undefined) throw new Error('FEE_TIER')
  const [token0, token1] = sortTokens(target.tokenA, target.tokenB)
  return {
    protocol: 'v3',
    address: computeV3PoolAddress(factory, token0.address, token1.address, target.fee),
    token0,
    token1,
    fee: target.fee,
    tickSpacing,
    create: { sqrtPriceX96 },
  }
}
