import type { PoolRow } from './poolsListTypes.ts'

/** A pool price in the chosen quote direction, with its unit ("USDC per WETH"). */
export type QuotedPrice = { value: number | null; unit: string }

/**
 * The row's price as token1 per token0 (the pool's own direction) or, inverted, token0 per token1.
 * @returns the value (null when unavailable or zero) and its unit
 * @example quotePrice(wethUsdcRow, false) // { value: 3000, unit: 'USDC per WETH' }
 */
export function quotePrice(row: PoolRow, inverted: boolean): QuotedPrice {
  const symbol0 = row.token0.symbol.slice(0, 12)
  const symbol1 = row.token1.symbol.slice(0, 12)
  if (!inverted) return { value: row.price, unit: `${symbol1} per ${symbol0}` }
  const value = row.price !== null && row.price > 0 ? 1 / row.price : null
  return { value: value !== null && Number.isFinite(value) ? value : null, unit: `${symbol0} per ${symbol1}` }
}
