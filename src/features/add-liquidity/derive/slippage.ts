import { isqrt, MAX_SQRT_RATIO, MIN_SQRT_RATIO, Q96 } from '../../../math/index.ts'
import { minBigint } from '../../../math/sqrt.ts'
import { mintOutcome } from './deriveV3Deposit.ts'

/** Basis points in 100 %. */
export const BPS = 10_000n

/** Default slippage tolerance: 0.5 % (50 bps). */
export const DEFAULT_SLIPPAGE_BPS = 50
/** Default deadline: 20 minutes after the latest block. */
export const DEFAULT_DEADLINE_MINUTES = 20

/**
 * amount·(1 − slippage), floored: the least a V2 add / a removal may return.
 * @param slippageBps tolerance in basis points (50 = 0.5 %)
 */
export function applySlippageDown(amountWei: bigint, slippageBps: number): bigint {
  return (amountWei * (BPS - BigInt(slippageBps))) / BPS
}

/** sqrtPrice for price·(1 ± slippage): sqrt scales by sqrt(1 ± s), clamped to the valid range. */
export function shiftSqrtPriceX96(
  sqrtPriceX96: bigint,
  slippageBps: number,
  direction: 'up' | 'down',
): bigint {
  const factorBps = direction === 'up' ? BPS + BigInt(slippageBps) : BPS - BigInt(slippageBps)
  const sqrtFactorX96 = isqrt((factorBps << 192n) / BPS)
  const shifted = (sqrtPriceX96 * sqrtFactorX96) / Q96
  if (shifted <= MIN_SQRT_RATIO) return MIN_SQRT_RATIO + 1n
  if (shifted >= MAX_SQRT_RATIO) return MAX_SQRT_RATIO - 1n
  return shifted
}

/**
 * Mint minimums that hold for every price within ±slippage: the mint is replayed at both edges of the
 * band. Price up → less token0 is taken, price down → less token1; amount0Min is the smaller token0
 * use over both edges, likewise token1. A move beyond the band makes the NPM revert with
 * "Price slippage check".
 */
export function v3MintMinimums(parameters: {
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  slippageBps: number
}): { amount0MinWei: bigint; amount1MinWei: bigint } {
  const { sqrtPriceX96, tickLower, tickUpper, amount0DesiredWei, amount1DesiredWei, slippageBps } = parameters
  const edges = (['up', 'down'] as const).map((direction) =>
    mintOutcome(
      shiftSqrtPriceX96(sqrtPriceX96, slippageBps, direction),
      tickLower,
      tickUpper,
      amount0DesiredWei,
      amount1DesiredWei,
    ),
  )
  const [up, down] = edges as [ReturnType<typeof mintOutcome>, ReturnType<typeof mintOutcome>]
  return {
    amount0MinWei: minBigint(up.amount0Wei, down.amount0Wei),
    amount1MinWei: minBigint(up.amount1Wei, down.amount1Wei),
  }
}

/** Deadline in unix seconds from CHAIN time (the devnet's clock is not the wall clock). */
export function deadlineFromChainTime(latestBlockTimestamp: bigint, deadlineMinutes: number): bigint {
  return latestBlockTimestamp + BigInt(Math.round(deadlineMinutes * 60))
}
