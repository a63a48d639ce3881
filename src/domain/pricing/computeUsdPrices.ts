import type { Address } from 'viem'
import type { Ratio } from '../../math/index.ts'
import type { PricingPool } from './pricingTypes.ts'

/** Raw state of a pricing pool: V3 sqrt price + active liquidity, or V2 reserves. */
export type PricingPoolState =
  | (PricingPool & { kind: 'v3'; sqrtPriceX96: bigint; liquidity: bigint })
  | (PricingPool & { kind: 'v2'; reserve0: bigint; reserve1: bigint })

const Q96 = 1n << 96n
const Q192 = 1n << 192n

const key = (address: Address) => address.toLowerCase()

function multiply(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator }
}

/** a > b for non-negative ratios, exactly. */
function greater(a: Ratio, b: Ratio): boolean {
  return a.numerator * b.denominator > b.numerator * a.denominator
}

/** Raw amount of token1 per raw token0 in the pool, exact; plus each side's (virtual) reserve. */
function poolSides(pool: PricingPoolState): { price1Per0: Ratio; reserve0: bigint; reserve1: bigint } | null {
  if (pool.kind === 'v2') {
    if (pool.reserve0 === 0n || pool.reserve1 === 0n) return null
    return {
      price1Per0: { numerator: pool.reserve1, denominator: pool.reserve0 },
      reserve0: pool.reserve0,
      reserve1: pool.reserve1,
    }
  }
  if (pool.sqrtPriceX96 === 0n || pool.liquidity === 0n) return null
  return {
    price1Per0: { numerator: pool.sqrtPriceX96 * pool.sqrtPriceX96, denominator: Q192 },
    // Virtual reserves at the current price: x = L/√P, y = L·√P.
    reserve0: (pool.liquidity * Q96) / pool.sqrtPriceX96,
    reserve1: (pool.liquidity * pool.sqrtPriceX96) / Q96,
  }
}

/**
 * Exact USD prices (raw USD-token units per raw token unit) of every token reachable from `usdToken`
 * through `pools`. Breadth-first: tokens one hop away first; each token takes the pool whose
 * already-priced side holds the most USD (the deepest route). Unreachable tokens are absent.
 * @returns lowercase address → exact ratio; `usdToken` → 1
 */
export function computeUsdPriceRatios(
  usdToken: Address,
  pools: readonly PricingPoolState[],
): Map<string, Ratio> {
  const prices = new Map<string, Ratio>([[key(usdToken), { numerator: 1n, denominator: 1n }]])
  const usable = pools.flatMap((pool) => {
    const sides = poolSides(pool)
    return sides ? [{ pool, ...sides }] : []
  })
  for (;;) {
    const best = new Map<string, { price: Ratio; depthUsd: Ratio }>()
    for (const { pool, price1Per0, reserve0, reserve1 } of usable) {
      const candidates = [
        // token0 priced through token1: P0 = P1 · (token1 per token0).
        { token: pool.token0, via: pool.token1, hop: price1Per0, viaReserve: reserve1 },
        {
          token: pool.token1,
          via: pool.token0,
          hop: { numerator: price1Per0.denominator, denominator: price1Per0.numerator },
          viaReserve: reserve0,
        },
      ]
      for (const { token, via, hop, viaReserve } of candidates) {
        const viaPrice = prices.get(key(via))
        if (!viaPrice || prices.has(key(token))) continue
        const depthUsd = { numerator: viaReserve * viaPrice.numerator, denominator: viaPrice.denominator }
        const current = best.get(key(token))
        if (!current || greater(depthUsd, current.depthUsd))
          best.set(key(token), { price: multiply(hop, viaPrice), depthUsd })
      }
    }
    if (best.size === 0) return prices
    for (const [token, { price }] of best) prices.set(token, price)
  }
}

/**
 * THE boundary where exact prices become floats: USD per whole token from a raw-per-raw ratio.
 * @param ratio raw USD-token units per raw token unit
 * @param tokenDecimals decimals of the priced token
 * @param usdDecimals decimals of the USD token
 */
export function ratioToUsdPerToken(ratio: Ratio, tokenDecimals: number, usdDecimals: number): number {
  const scaleUp = 10n ** BigInt(Math.max(tokenDecimals - usdDecimals, 0))
  const scaleDown = 10n ** BigInt(Math.max(usdDecimals - tokenDecimals, 0))
  const numerator = ratio.numerator * scaleUp
  const denominator = ratio.denominator * scaleDown
  // Keep 18 significant fractional digits before leaving bigint land.
  const PRECISION = 10n ** 18n
  const integer = numerator / denominator
  const fraction = ((numerator % denominator) * PRECISION) / denominator
  return Number(integer) + Number(fraction) / 1e18
}

/**
 * USD value of a raw amount at a USD-per-whole-token price; null when the token has no price.
 * Display figure only (float).
 */
export function amountToUsd(
  amountWei: bigint,
  decimals: number,
  priceUsd: number | null | undefined,
): number | null {
  if (priceUsd === null || priceUsd === undefined) return null
  if (amountWei === 0n) return 0
  const PRECISION = 10n ** 18n
  const scale = 10n ** BigInt(decimals)
  const whole = Number(amountWei / scale) + Number(((amountWei % scale) * PRECISION) / scale) / 1e18
  return whole * priceUsd
}
