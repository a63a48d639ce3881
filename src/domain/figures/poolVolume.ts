import { tokenPairUsd } from './poolTvl.ts'
import { wholeTokens } from './wholeTokens.ts'

/** The window of the pool-level 24 h figures, seconds of chain time. */
export const DAY_SECONDS = 86_400

/** Tooltip text: the basis of the 24 h volume, as {@link poolVolumeUsd} computes it. */
export const POOL_VOLUME_24H_BASIS =
  'What traders paid into the pool over the last 24 h of chain time (each swap counted once, on its input side: V3 the positive Swap amount, V2 amount0In/amount1In), in USD at today’s exact-route prices. With one token unpriced, the priced token’s amount moved in or out is used instead.'

/** A window's swaps of one pool in token terms (exact wei). */
export type SwapWindowTotals = {
  /** Swaps in the window. */
  count: number
  /** Amounts paid in by traders, [token0, token1]. */
  amount0InWei: bigint
  amount1InWei: bigint
  /** Amounts moved either way (in + out), [token0, token1]: the fallback when one token is unpriced. */
  amount0MovedWei: bigint
  amount1MovedWei: bigint
}

/**
 * What a swap paid into the pool, per token. V3 Swap events carry signed pool deltas: the positive
 * one is the input. V2 Swap events carry amount0In/amount1In.
 * @returns [amount0InWei, amount1InWei], both ≥ 0
 * @example swapPaidInV3(-5n, 7n) // [0n, 7n]
 */
export function swapPaidInV3(amount0: bigint, amount1: bigint): readonly [bigint, bigint] {
  return [amount0 > 0n ? amount0 : 0n, amount1 > 0n ? amount1 : 0n]
}

/** Inputs of {@link poolVolumeUsd}. */
export type PoolVolumeUsdParameters = {
  /** The window's totals; undefined = no swap in the window. */
  totals: SwapWindowTotals | undefined
  decimals0: number
  decimals1: number
  price0Usd: number | null | undefined
  price1Usd: number | null | undefined
}

const priced = (price: number | null | undefined): price is number => price !== null && price !== undefined

/**
 * THE volume of a pool over a window: the USD value of what traders paid in (the fee is charged on
 * the input, so fees = volume × fee tier). Each swap is counted once. When only one token has a USD
 * price, the priced token's moved amount (in + out) stands in: every swap moves both tokens, so it
 * is the same trades valued on the priced side.
 * @returns USD; 0 without swaps when a token is priced; null when neither token has a price
 * @example poolVolumeUsd({ totals: { count: 1, amount0InWei: 10n ** 18n, amount1InWei: 0n, amount0MovedWei: 10n ** 18n, amount1MovedWei: 2_000n * 10n ** 6n }, decimals0: 18, decimals1: 6, price0Usd: 2000, price1Usd: 1 }) // 2000
 */
export function poolVolumeUsd(parameters: PoolVolumeUsdParameters): number | null {
  const { totals, decimals0, decimals1, price0Usd, price1Usd } = parameters
  if (!totals || totals.count === 0) return priced(price0Usd) || priced(price1Usd) ? 0 : null
  const paidIn = tokenPairUsd({
    amount0Wei: totals.amount0InWei,
    amount1Wei: totals.amount1InWei,
    decimals0,
    decimals1,
    price0Usd,
    price1Usd,
  })
  if (paidIn !== null) return paidIn
  if (priced(price0Usd)) return wholeTokens(totals.amount0MovedWei, decimals0) * price0Usd
  if (priced(price1Usd)) return wholeTokens(totals.amount1MovedWei, decimals1) * price1Usd
  return null
}
