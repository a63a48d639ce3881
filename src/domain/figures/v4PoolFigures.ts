import { getAmountsForLiquidity, getSqrtRatioAtTick, MAX_TICK, MIN_TICK } from '../../math/index.ts'

/** Tooltip text: the basis of a V4 pool's TVL, as {@link v4LiquidityAmounts} computes it. */
export const V4_POOL_TVL_BASIS =
  'V4 pools share one PoolManager balance, so a V4 pool’s TVL is the token amounts of its liquidity: between each pair of neighbouring initialized ticks (StateView tick reads), that liquidity’s real amounts at the current price (what removing it now returns, rounded down; fees not yet collected excluded), each token at its exact-route USD price (native ETH at WETH’s).'

/** Tooltip text: how a V4 pool's fees are summed (per swap, at the fee that swap was charged). */
export const V4_POOL_FEES_BASIS =
  'V4 fees: for each PoolManager Swap event, the input amount × the event’s fee (the fee actually charged, dynamic fees included) ÷ 1,000,000, rounded down, summed per token and valued at the current USD prices.'

/** One initialized tick of a pool: its liquidityNet (StateView.getTickLiquidity). */
export type V4TickLiquidity = { tick: number; liquidityNet: bigint }

/**
 * THE token amounts of a V4 pool's liquidity (its TVL in token terms): walking the initialized ticks in
 * order, the liquidity between ticks t_i and t_{i+1} is the running sum of liquidityNet; its real amounts
 * at the current price are getAmountsForLiquidity over [t_i, t_{i+1}] (rounded down, V3's math). Uncollected
 * fees and other pools' balances in the PoolManager are not included. Exact bigint.
 * @param ticks initialized ticks (any order) with their liquidityNet
 * @param sqrtPriceX96 the pool's current sqrt price (StateView.getSlot0)
 * @returns [amount0Wei, amount1Wei]
 * @example v4LiquidityAmounts([{ tick: -60, liquidityNet: 10n ** 18n }, { tick: 60, liquidityNet: -(10n ** 18n) }], 2n ** 96n) // ≈ [2.99e15, 2.99e15]
 */
export function v4LiquidityAmounts(
  ticks: readonly V4TickLiquidity[],
  sqrtPriceX96: bigint,
): readonly [bigint, bigint] {
  const sorted = [...ticks]
    .filter((t) => t.tick >= MIN_TICK && t.tick <= MAX_TICK)
    .sort((a, b) => a.tick - b.tick)
  let running = 0n
  let amount0 = 0n
  let amount1 = 0n
  for (let index = 0; index < sorted.length - 1; index++) {
    const lower = sorted[index] as V4TickLiquidity
    const upper = sorted[index + 1] as V4TickLiquidity
    running += lower.liquidityNet
    if (running <= 0n || lower.tick === upper.tick) continue
    const amounts = getAmountsForLiquidity(
      sqrtPriceX96,
      getSqrtRatioAtTick(lower.tick),
      getSqrtRatioAtTick(upper.tick),
      running,
    )
    amount0 += amounts.amount0
    amount1 += amounts.amount1
  }
  return [amount0, amount1]
}

/**
 * THE LP fee of one V4 swap, in its input token: input amount × the event's fee (pips) ÷ 10^6, rounded
 * down. The Swap event's `fee` is the fee actually charged (a dynamic-fee pool's hook may change it
 * per swap), so sums over swaps use each swap's own fee.
 * @example v4SwapFeeWei(1_000_000n, 3000) // 3000n
 */
export function v4SwapFeeWei(amountInWei: bigint, feePips: number): bigint {
  return (amountInWei * BigInt(feePips)) / 1_000_000n
}

/**
 * What a V4 Swap event's trader paid in, [token0, token1] wei: the event's amounts are the swapper's
 * balance delta (negative = paid into the pool), the opposite of V3's sign.
 */
export function swapPaidInV4(amount0: bigint, amount1: bigint): readonly [bigint, bigint] {
  return [amount0 < 0n ? -amount0 : 0n, amount1 < 0n ? -amount1 : 0n]
}
