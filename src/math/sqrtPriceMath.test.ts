import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SQRT_RATIO, MAX_UINT128, MIN_SQRT_RATIO, Q96 } from './constants.ts'
import { encodeSqrtRatioX96 } from './price.ts'
import {
  getAmount0Delta,
  getAmount0DeltaSigned,
  getAmount1Delta,
  getAmount1DeltaSigned,
  getNextSqrtPriceFromInput,
  getNextSqrtPriceFromOutput,
} from './sqrtPriceMath.ts'

const E18 = 10n ** 18n
const price121 = encodeSqrtRatioX96(121n, 100n)
const sqrtArb = fc.bigInt({ min: MIN_SQRT_RATIO, max: MAX_SQRT_RATIO - 1n })
const liquidityArb = fc.bigInt({ min: 0n, max: MAX_UINT128 })

describe('#getAmount0Delta / #getAmount1Delta', () => {
  it('encodePriceSqrt(121, 100) matches the contract tests', () => {
    expect(price121).toBe(87150978765690771352898345369n)
  })
  it('price 1 -> 1.21 at L = 1e18', () => {
    expect(getAmount0Delta(Q96, price121, E18, true)).toBe(90909090909090910n)
    expect(getAmount0Delta(Q96, price121, E18, false)).toBe(90909090909090909n)
    expect(getAmount1Delta(Q96, price121, E18, true)).toBe(100000000000000000n)
    expect(getAmount1Delta(Q96, price121, E18, false)).toBe(99999999999999999n)
  })
  it('accepts the prices in either order', () => {
    expect(getAmount0Delta(price121, Q96, E18, true)).toBe(90909090909090910n)
    expect(getAmount1Delta(price121, Q96, E18, false)).toBe(99999999999999999n)
  })
  it('returns 0 for zero liquidity or equal prices', () => {
    expect(getAmount0Delta(Q96, price121, 0n, true)).toBe(0n)
    expect(getAmount1Delta(Q96, Q96, E18, true)).toBe(0n)
  })
  it('signs amounts by liquidity delta: mint rounds up, burn rounds down', () => {
    expect(getAmount0DeltaSigned(Q96, price121, E18)).toBe(90909090909090910n)
    expect(getAmount0DeltaSigned(Q96, price121, -E18)).toBe(-90909090909090909n)
    expect(getAmount1DeltaSigned(Q96, price121, E18)).toBe(100000000000000000n)
    expect(getAmount1DeltaSigned(Q96, price121, -E18)).toBe(-99999999999999999n)
  })
  it('throws on bad input', () => {
    expect(() => getAmount0Delta(0n, Q96, 1n, true)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
    expect(() => getAmount1Delta(Q96, 1n << 160n, 1n, true)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
    expect(() => getAmount0Delta(Q96, price121, -1n, true)).toThrowError(
      expect.objectContaining({ code: 'LIQUIDITY' }),
    )
    expect(() => getAmount0Delta(Q96, price121, 1n << 128n, true)).toThrowError(
      expect.objectContaining({ code: 'LIQUIDITY' }),
    )
  })
  it('round-up is round-down or one more, and both are monotone in liquidity', () => {
    fc.assert(
      fc.property(sqrtArb, sqrtArb, liquidityArb, liquidityArb, (a, b, l1, l2) => {
        const [low, high] = l1 < l2 ? [l1, l2] : [l2, l1]
        for (const delta of [getAmount0Delta, getAmount1Delta]) {
          const down = delta(a, b, high, false)
          const up = delta(a, b, high, true)
          expect(up - down === 0n || up - down === 1n).toBe(true)
          expect(delta(a, b, low, false)).toBeLessThanOrEqual(down)
          expect(delta(a, b, low, true)).toBeLessThanOrEqual(up)
        }
      }),
      { numRuns: 3000 },
    )
  })
})

describe('#getNextSqrtPriceFromInput', () => {
  it('vectors from the contract tests', () => {
    expect(getNextSqrtPriceFromInput(Q96, E18, E18 / 10n, false)).toBe(87150978765690771352898345369n)
    expect(getNextSqrtPriceFromInput(Q96, E18, E18 / 10n, true)).toBe(72025602285694852357767227579n)
    expect(getNextSqrtPriceFromInput(Q96, E18, 0n, true)).toBe(Q96)
    expect(getNextSqrtPriceFromInput(Q96, E18, 0n, false)).toBe(Q96)
  })
  it('uses the overflow fallback exactly like the contract (large case)', () => {
    const sqrtP = 1025574284609383690408304870162715216695788925244n
    const liquidity = 50015962439936049619261659728067971248n
    const next = getNextSqrtPriceFromInput(sqrtP, liquidity, 406n, true)
    expect(next).toBe(1025574284609383582644711336373707553698163132913n)
    expect(getAmount0Delta(next, sqrtP, liquidity, true)).toBe(406n)
  })
  it('a huge token0 input takes the fallback branch and drives the price to 1', () => {
    expect(getNextSqrtPriceFromInput(MIN_SQRT_RATIO, 1n, (1n << 255n) - 1n, true)).toBe(1n)
  })
  it('throws OVERFLOW where the contract reverts', () => {
    expect(() => getNextSqrtPriceFromInput((1n << 160n) - 1n, 1024n, 1024n, false)).toThrowError(
      expect.objectContaining({ code: 'OVERFLOW' }),
    )
  })
  it('throws on zero liquidity, zero price and negative amounts', () => {
    expect(() => getNextSqrtPriceFromInput(Q96, 0n, 1n, true)).toThrowError(
      expect.objectContaining({ code: 'LIQUIDITY' }),
    )
    expect(() => getNextSqrtPriceFromInput(0n, 1n, 1n, true)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
    expect(() => getNextSqrtPriceFromInput(Q96, 1n, -1n, true)).toThrowError(
      expect.objectContaining({ code: 'AMOUNT' }),
    )
  })
})

describe('#getNextSqrtPriceFromOutput', () => {
  it('vectors from the contract tests', () => {
    expect(getNextSqrtPriceFromOutput(Q96, E18, E18 / 10n, false)).toBe(88031291682515930659493278152n)
    expect(getNextSqrtPriceFromOutput(Q96, E18, E18 / 10n, true)).toBe(71305346262837903834189555302n)
  })
  it('throws INSUFFICIENT_LIQUIDITY when the output exceeds the reserves', () => {
    const sqrtP = 20282409603651670423947251286016n
    expect(() => getNextSqrtPriceFromOutput(sqrtP, 1024n, 4n, false)).toThrowError(
      expect.objectContaining({ code: 'INSUFFICIENT_LIQUIDITY' }),
    )
    expect(() => getNextSqrtPriceFromOutput(sqrtP, 1024n, 262144n, true)).toThrowError(
      expect.objectContaining({ code: 'INSUFFICIENT_LIQUIDITY' }),
    )
    expect(getNextSqrtPriceFromOutput(sqrtP, 1024n, 262143n, true)).toBe(77371252455336267181195264n)
  })
})
