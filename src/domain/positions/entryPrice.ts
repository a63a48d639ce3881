import { formatUnits } from 'viem'

/**
 * The price (token1 per token0, human units) at which a deposit of amount0 + amount1 into a range
 * was made, recovered from the amounts: amount1/amount0 = (√P − √Pa) / (1/√P − 1/√Pb) is increasing
 * in P, so bisection on √P finds it. One-sided deposits sit at (or beyond) a bound: the bound is
 * returned, which gives the same IL curve. V2 (full range): amount1/amount0.
 * @returns null when nothing was deposited
 */
export function entryPrice0In1(parameters: {
  amount0Wei: bigint
  amount1Wei: bigint
  decimals0: number
  decimals1: number
  /** Range in token1 per token0; null for V2. */
  range: { lower: number; upper: number } | null
}): number | null {
  const { amount0Wei, amount1Wei, decimals0, decimals1, range } = parameters
  const amount0 = Number(formatUnits(amount0Wei, decimals0))
  const amount1 = Number(formatUnits(amount1Wei, decimals1))
  if (amount0 <= 0 && amount1 <= 0) return null
  if (!range) return amount0 > 0 && amount1 > 0 ? amount1 / amount0 : null
  if (amount0 <= 0) return range.upper
  if (amount1 <= 0) return range.lower
  const target = amount1 / amount0
  const sqrtLower = Math.sqrt(range.lower)
  const sqrtUpper = Math.sqrt(range.upper)
  let low = sqrtLower
  let high = sqrtUpper
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2
    const ratio = (mid - sqrtLower) / (1 / mid - 1 / sqrtUpper)
    if (ratio < target) low = mid
    else high = mid
  }
  const sqrtPrice = (low + high) / 2
  return sqrtPrice * sqrtPrice
}
