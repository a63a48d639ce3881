import type { Address } from 'viem'

/** A pool's price and depth as read on chain, for USD routing. */
export type PricedPool = {
  token0: Address
  token1: Address
  decimals0: number
  decimals1: number
  /** token1 per token0, whole tokens. */
  price: number
  /** Virtual liquidity √(x·y) (V3 active L, V2 √(reserve0·reserve1)): the "deepest" pool wins. */
  depth: number
}

/** Inputs of resolveUsdPrices. */
export type ResolveUsdPricesParameters = {
  tokens: readonly Address[]
  pools: readonly PricedPool[]
  usdToken: Address
  /** Wrapped native token used as the one intermediate hop (WETH). */
  wrappedNative: Address
}

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase()

/** Price of `token` in `quote` from the deepest pool pairing them, or null. */
function deepestQuote(token: Address, quote: Address, pools: readonly PricedPool[]): number | null {
  let best: { depth: number; price: number } | null = null
  for (const pool of pools) {
    if (!(pool.depth > 0 && pool.price > 0 && Number.isFinite(pool.price))) continue
    let price: number | null = null
    if (same(pool.token0, token) && same(pool.token1, quote)) price = pool.price
    else if (same(pool.token1, token) && same(pool.token0, quote)) price = 1 / pool.price
    if (price !== null && (best === null || pool.depth > best.depth)) best = { depth: pool.depth, price }
  }
  return best?.price ?? null
}

/**
 * USD price of each token: the USD token is 1; otherwise the deepest pool against the USD token; otherwise
 * the deepest pool against the wrapped native token times its USD price. No route → null (never 0).
 * @returns map from lower-cased address to USD per whole token or null
 */
export function resolveUsdPrices(parameters: ResolveUsdPricesParameters): Map<string, number | null> {
  const { tokens, pools, usdToken, wrappedNative } = parameters
  const nativeUsd = same(wrappedNative, usdToken) ? 1 : deepestQuote(wrappedNative, usdToken, pools)
  const prices = new Map<string, number | null>()
  for (const token of tokens) {
    let price: number | null
    if (same(token, usdToken)) price = 1
    else {
      price = deepestQuote(token, usdToken, pools)
      if (price === null && nativeUsd !== null) {
        const inNative = same(token, wrappedNative) ? 1 : deepestQuote(token, wrappedNative, pools)
        price = inNative === null ? null : inNative * nativeUsd
      }
    }
    prices.set(token.toLowerCase(), price)
  }
  return prices
}
