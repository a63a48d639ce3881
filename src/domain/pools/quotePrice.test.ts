import { describe, expect, it } from 'vitest'
import type { PoolRow } from './poolsListTypes.ts'
import { quotePrice } from './quotePrice.ts'

const token = (symbol: string, address: `0x${string}`) => ({ address, symbol, name: symbol, decimals: 18 })
const WETH = token('WETH', '0x0000000000000000000000000000000000000001')
const USDC = token('USDC', '0x0000000000000000000000000000000000000002')

/** Only the token symbols and the price matter to quotePrice. */
function row(price: number | null): PoolRow {
  return { token0: WETH, token1: USDC, price } as PoolRow
}

describe('#quotePrice', () => {
  it("quotes token1 per token0 (the pool's direction) or its inverse, with the unit", () => {
    expect(quotePrice(row(2500), false)).toEqual({ value: 2500, unit: 'USDC per WETH' })
    expect(quotePrice(row(2500), true)).toEqual({ value: 0.0004, unit: 'WETH per USDC' })
  })

  it('keeps an unavailable or zero price unavailable in both directions', () => {
    expect(quotePrice(row(null), true)).toEqual({ value: null, unit: 'WETH per USDC' })
    expect(quotePrice(row(0), true).value).toBeNull()
    expect(quotePrice(row(null), false).value).toBeNull()
  })
})
