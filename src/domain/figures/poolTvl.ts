import { wholeTokens } from './wholeTokens.ts'

/** Tooltip text: the basis of TVL, as {@link poolTvlUsd} computes it. */
export const POOL_TVL_BASIS =
  'USD value of what the pool holds at the block shown: a V3 pool’s token balances (balanceOf: liquidity in and out of range plus fees not yet collected), a V2 pair’s reserves; each token at its exact-route USD price (the deepest chain of pools from the USD token).'

/** Inputs of {@link poolTvlUsd} and {@link tokenPairUsd}: two raw amounts and what to value them at. */
export type TokenPairUsdParameters = {
  amount0Wei: bigint
  amount1Wei: bigint
  decimals0: number
  decimals1: number
  /** USD per whole token; undefined or null = no price route. */
  price0Usd: number | null | undefined
  price1Usd: number | null | undefined
}

/**
 * USD value of two raw token amounts; a zero amount needs no price.
 * @returns null when a non-zero amount has no price (never a partial sum shown as whole)
 */
export function tokenPairUsd(parameters: TokenPairUsdParameters): number | null {
  const { amount0Wei, amount1Wei, decimals0, decimals1, price0Usd, price1Usd } = parameters
  const missing0 = price0Usd === null || price0Usd === undefined
  const missing1 = price1Usd === null || price1Usd === undefined
  if ((amount0Wei > 0n && missing0) || (amount1Wei > 0n && missing1)) return null
  return (
    wholeTokens(amount0Wei, decimals0) * (price0Usd ?? 0) +
    wholeTokens(amount1Wei, decimals1) * (price1Usd ?? 0)
  )
}

/**
 * THE TVL of a pool in USD: V3 the pool contract's balances of its two tokens (every position's
 * liquidity, in range or not, plus uncollected fees), V2 the pair's reserves; each at its exact-route
 * USD price (src/domain/pricing). Float (display figure); the amounts stay exact until here.
 * @returns null when a held token has no USD price
 * @example poolTvlUsd({ amount0Wei: 10n ** 18n, amount1Wei: 2_000n * 10n ** 6n, decimals0: 18, decimals1: 6, price0Usd: 2000, price1Usd: 1 }) // 4000
 */
export function poolTvlUsd(parameters: TokenPairUsdParameters): number | null {
  return tokenPairUsd(parameters)
}
