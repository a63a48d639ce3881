import { describe, expect, it } from 'vitest'
import { isqrt } from './sqrt.ts'
import {
  getAmountIn,
  getAmountOut,
  getLiquidityMinted,
  getLiquidityValue,
  getProtocolFeeLiquidity,
  quote,
} from './v2.ts'

const E18 = 10n ** 18n

describe('#getAmountOut', () => {
  it.each([
    [1n, 5n, 10n, 1662497915624478906n],
    [1n, 10n, 5n, 453305446940074565n],
    [2n, 5n, 10n, 2851015155847869602n],
    [2n, 10n, 5n, 831248957812239453n],
    [1n, 10n, 10n, 906610893880149131n],
    [1n, 100n, 100n, 987158034397061298n],
    [1n, 1000n, 1000n, 996006981039903216n],
  ])('swap %s in, reserves %s/%s', (swapIn, r0, r1, expected) => {
    expect(getAmountOut(swapIn * E18, r0 * E18, r1 * E18)).toBe(expected)
  })
  it('throws AMOUNT and RESERVES', () => {
    expect(() => getAmountOut(0n, 1n, 1n)).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
    expect(() => getAmountOut(1n, 0n, 1n)).toThrowError(expect.objectContaining({ code: 'RESERVES' }))
  })
})

describe('#getAmountIn', () => {
  it('is the smallest input that yields the output', () => {
    const reserveIn = 5n * E18
    const reserveOut = 10n * E18
    const amountIn = getAmountIn(1662497915624478906n, reserveIn, reserveOut)
    expect(getAmountOut(amountIn, reserveIn, reserveOut)).toBeGreaterThanOrEqual(1662497915624478906n)
    expect(getAmountOut(amountIn - 1n, reserveIn, reserveOut)).toBeLessThan(1662497915624478906n + 1n)
    expect(getAmountIn(1n, 100n, 100n)).toBe(2n)
  })
  it('throws AMOUNT when the output drains the reserve', () => {
    expect(() => getAmountIn(100n, 100n, 100n)).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
  })
})

describe('#quote', () => {
  it('scales by the reserves', () => {
    expect(quote(10n, 3n, 7n)).toBe(23n)
    expect(() => quote(0n, 1n, 1n)).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
  })
})

describe('#getLiquidityMinted / #getLiquidityValue with the protocol fee', () => {
  // feeTo on; 1000e18/1000e18 first mint; swap 1e18 token1 in for 996006981039903216 token0 out.
  const firstMint = getLiquidityMinted({
    reserve0: 0n,
    reserve1: 0n,
    totalSupply: 0n,
    kLast: 0n,
    feeOn: true,
    amount0: 1000n * E18,
    amount1: 1000n * E18,
  })
  const state = {
    reserve0: 1000n * E18 - 996006981039903216n,
    reserve1: 1001n * E18,
    totalSupply: firstMint + 1000n,
    kLast: 1000n * E18 * 1000n * E18,
    feeOn: true,
  }
  it('first mint locks MINIMUM_LIQUIDITY', () => {
    expect(firstMint).toBe(1000n * E18 - 1000n)
  })
  it('pending protocol fee liquidity', () => {
    expect(getProtocolFeeLiquidity(state)).toBe(249750499251388n)
    expect(getProtocolFeeLiquidity({ ...state, feeOn: false })).toBe(0n)
  })
  it('burning all but MINIMUM_LIQUIDITY leaves exactly what the pair keeps', () => {
    const { amount0, amount1 } = getLiquidityValue({ ...state, liquidity: firstMint })
    expect(state.reserve0 - amount0).toBe(1000n + 249501683697445n)
    expect(state.reserve1 - amount1).toBe(1000n + 250000187312969n)
  })
  it('later mints are proportional to the supply after the fee mint', () => {
    const supply = state.totalSupply + 249750499251388n
    const minted = getLiquidityMinted({ ...state, amount0: E18, amount1: 2n * E18 })
    expect(minted).toBe(
      (E18 * supply) / state.reserve0 < (2n * E18 * supply) / state.reserve1
        ? (E18 * supply) / state.reserve0
        : (2n * E18 * supply) / state.reserve1,
    )
  })
  it('throws LIQUIDITY for a dust first mint and for too much liquidity', () => {
    expect(() =>
      getLiquidityMinted({
        reserve0: 0n,
        reserve1: 0n,
        totalSupply: 0n,
        kLast: 0n,
        feeOn: false,
        amount0: 1000n,
        amount1: 1000n,
      }),
    ).toThrowError(expect.objectContaining({ code: 'LIQUIDITY' }))
    expect(() => getLiquidityValue({ ...state, liquidity: state.totalSupply + 1n })).toThrowError(
      expect.objectContaining({ code: 'LIQUIDITY' }),
    )
  })
})

describe('#isqrt', () => {
  it('floors the square root', () => {
    expect(isqrt(0n)).toBe(0n)
    expect(isqrt(15n)).toBe(3n)
    expect(isqrt(16n)).toBe(4n)
    expect(isqrt(10n ** 42n)).toBe(10n ** 21n)
    expect(isqrt((1n << 200n) - 1n)).toBe((1n << 100n) - 1n)
  })
})
