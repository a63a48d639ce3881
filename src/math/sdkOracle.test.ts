// Independent oracle: @uniswap/v3-sdk (devDependency only) on >= 10,000 seeded random inputs per
// function, with zero differences allowed. Where the contract reverts but the SDK (which skips
// uint160/uint128/uint256 range checks) returns a value, we check that value is out of range.
import {
  FullMath,
  maxLiquidityForAmounts,
  SqrtPriceMath,
  SwapMath,
  encodeSqrtRatioX96 as sdkEncodeSqrtRatioX96,
  nearestUsableTick as sdkNearestUsableTick,
  TickMath,
} from '@uniswap/v3-sdk'
import JSBI from 'jsbi'
import { describe, expect, it } from 'vitest'
import { MAX_SQRT_RATIO, MAX_TICK, MIN_SQRT_RATIO, MIN_TICK } from './constants.ts'
import { MathError } from './errors.ts'
import { mulDiv, mulDivRoundingUp } from './fullMath.ts'
import { getAmountsForLiquidity, getLiquidityForAmounts } from './liquidityAmounts.ts'
import { encodeSqrtRatioX96, nearestUsableTick } from './price.ts'
import { createSeededRandom } from './random.ts'
import {
  getAmount0Delta,
  getAmount1Delta,
  getNextSqrtPriceFromInput,
  getNextSqrtPriceFromOutput,
} from './sqrtPriceMath.ts'
import { computeSwapStep } from './swapMath.ts'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'

const RUNS = 10_000
const toJsbi = (value: bigint): JSBI => JSBI.BigInt(value.toString())
const fromJsbi = (value: JSBI): bigint => BigInt(value.toString())

const random = createSeededRandom(20240603)
/** Random bigint in [0, 2^bits), with a random bit length so small and huge values both occur. */
function randomBits(maxBits: number): bigint {
  const bits = 1 + Math.floor(random.nextFloat() * maxBits)
  let value = 0n
  for (let produced = 0; produced < bits; produced += 32)
    value = (value << 32n) | BigInt(Math.floor(random.nextFloat() * 4294967296))
  return value & ((1n << BigInt(bits)) - 1n)
}
const randomTick = (): number => MIN_TICK + Math.floor(random.nextFloat() * (MAX_TICK - MIN_TICK + 1))
/** A valid sqrt price: a tick boundary, one wei off it, or uniformly between two ticks. */
function randomSqrtPrice(): bigint {
  const tick = Math.min(randomTick(), MAX_TICK - 1)
  const base = getSqrtRatioAtTick(tick)
  const kind = random.nextFloat()
  if (kind < 0.2) return base
  if (kind < 0.3 && base > MIN_SQRT_RATIO) return base - 1n
  const width = getSqrtRatioAtTick(tick + 1) - base
  return base + (randomBits(160) % width)
}
const randomLiquidity = (): bigint => randomBits(128)

/** Runs fn RUNS times; fn returns false when the case was skipped (contract would revert). */
function runCases(fn: () => boolean): { compared: number; skipped: number } {
  let compared = 0
  let skipped = 0
  while (compared < RUNS) {
    if (fn()) compared++
    else skipped++
    if (skipped > 5 * RUNS) throw new Error('too many skipped cases')
  }
  return { compared, skipped }
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
    return undefined
  } catch (error) {
    if (error instanceof MathError) return error.code
    throw error
  }
}

describe('oracle: @uniswap/v3-sdk', () => {
  it('getSqrtRatioAtTick', () => {
    for (const tick of [MIN_TICK, MAX_TICK, 0, -1, 1])
      expect(getSqrtRatioAtTick(tick)).toBe(fromJsbi(TickMath.getSqrtRatioAtTick(tick)))
    runCases(() => {
      const tick = randomTick()
      expect(getSqrtRatioAtTick(tick)).toBe(fromJsbi(TickMath.getSqrtRatioAtTick(tick)))
      return true
    })
  })

  it('getTickAtSqrtRatio', () => {
    runCases(() => {
      const sqrtPriceX96 = randomSqrtPrice()
      expect(getTickAtSqrtRatio(sqrtPriceX96)).toBe(TickMath.getTickAtSqrtRatio(toJsbi(sqrtPriceX96)))
      return true
    })
    for (const sqrtPriceX96 of [MIN_SQRT_RATIO, MIN_SQRT_RATIO + 1n, MAX_SQRT_RATIO - 1n])
      expect(getTickAtSqrtRatio(sqrtPriceX96)).toBe(TickMath.getTickAtSqrtRatio(toJsbi(sqrtPriceX96)))
  })

  it('mulDiv and mulDivRoundingUp (FullMath)', () => {
    const { skipped } = runCases(() => {
      const a = randomBits(256)
      const b = randomBits(256)
      const d = randomBits(256) || 1n
      const sdkUp = fromJsbi(FullMath.mulDivRoundingUp(toJsbi(a), toJsbi(b), toJsbi(d)))
      const sdkDown = fromJsbi(JSBI.divide(JSBI.multiply(toJsbi(a), toJsbi(b)), toJsbi(d)))
      if (sdkUp >= 1n << 256n) {
        expect(codeOf(() => mulDivRoundingUp(a, b, d))).toBe('OVERFLOW')
        return false
      }
      expect(mulDivRoundingUp(a, b, d)).toBe(sdkUp)
      expect(mulDiv(a, b, d)).toBe(sdkDown)
      return true
    })
    expect(skipped).toBeGreaterThan(0)
  })

  it('getAmount0Delta and getAmount1Delta, both roundings', () => {
    runCases(() => {
      const a = randomSqrtPrice()
      const b = randomSqrtPrice()
      const liquidity = randomLiquidity()
      for (const roundUp of [true, false]) {
        expect(getAmount0Delta(a, b, liquidity, roundUp)).toBe(
          fromJsbi(SqrtPriceMath.getAmount0Delta(toJsbi(a), toJsbi(b), toJsbi(liquidity), roundUp)),
        )
        expect(getAmount1Delta(a, b, liquidity, roundUp)).toBe(
          fromJsbi(SqrtPriceMath.getAmount1Delta(toJsbi(a), toJsbi(b), toJsbi(liquidity), roundUp)),
        )
      }
      return true
    })
  })

  function compareNextPrice(
    ours: typeof getNextSqrtPriceFromInput,
    sdk: (p: JSBI, l: JSBI, a: JSBI, z: boolean) => JSBI,
  ): { skipped: number } {
    return runCases(() => {
      const sqrtPX96 = randomSqrtPrice()
      const liquidity = randomLiquidity() || 1n
      const amount = randomBits(random.nextFloat() < 0.5 ? 128 : 256)
      const zeroForOne = random.nextFloat() < 0.5
      let expected: bigint | undefined
      try {
        expected = fromJsbi(sdk(toJsbi(sqrtPX96), toJsbi(liquidity), toJsbi(amount), zeroForOne))
      } catch {
        expected = undefined // the SDK's invariant fired: the contract reverts too
      }
      const code = codeOf(() => ours(sqrtPX96, liquidity, amount, zeroForOne))
      if (code !== undefined) {
        // We throw only where the contract reverts: SDK threw, or its value does not fit a uint160.
        expect(expected === undefined || expected >= 1n << 160n || expected <= 0n).toBe(true)
        return false
      }
      expect(ours(sqrtPX96, liquidity, amount, zeroForOne)).toBe(expected)
      return true
    })
  }

  it('getNextSqrtPriceFromInput', () => {
    compareNextPrice(getNextSqrtPriceFromInput, (p, l, a, z) =>
      SqrtPriceMath.getNextSqrtPriceFromInput(p, l, a, z),
    )
  })

  it('getNextSqrtPriceFromOutput', () => {
    compareNextPrice(getNextSqrtPriceFromOutput, (p, l, a, z) =>
      SqrtPriceMath.getNextSqrtPriceFromOutput(p, l, a, z),
    )
  })

  it('computeSwapStep (exact in and exact out, all fee tiers and random fees)', () => {
    const fees = [100, 500, 3000, 10000]
    runCases(() => {
      const current = randomSqrtPrice()
      const target = randomSqrtPrice()
      const liquidity = randomLiquidity()
      const magnitude = randomBits(random.nextFloat() < 0.5 ? 128 : 254)
      const amountRemaining = random.nextFloat() < 0.5 ? magnitude : -magnitude
      const feePips =
        random.nextFloat() < 0.8
          ? (fees[Math.floor(random.nextFloat() * 4)] as number)
          : Math.floor(random.nextFloat() * 1e6)
      const ours = computeSwapStep(current, target, liquidity, amountRemaining, feePips)
      const [next, amountIn, amountOut, feeAmount] = SwapMath.computeSwapStep(
        toJsbi(current),
        toJsbi(target),
        toJsbi(liquidity),
        toJsbi(amountRemaining),
        feePips as never,
      )
      expect(ours).toEqual({
        sqrtRatioNextX96: fromJsbi(next),
        amountIn: fromJsbi(amountIn),
        amountOut: fromJsbi(amountOut),
        feeAmount: fromJsbi(feeAmount),
      })
      return true
    })
  })

  it('getLiquidityForAmounts = maxLiquidityForAmounts(useFullPrecision = false)', () => {
    const { compared } = runCases(() => {
      const current = randomSqrtPrice()
      const a = randomSqrtPrice()
      const b = randomSqrtPrice()
      if (a === b) return false
      const amount0 = randomBits(128)
      const amount1 = randomBits(128)
      const expected = fromJsbi(
        maxLiquidityForAmounts(
          toJsbi(current),
          toJsbi(a),
          toJsbi(b),
          toJsbi(amount0),
          toJsbi(amount1),
          false,
        ),
      )
      const code = codeOf(() => getLiquidityForAmounts(current, a, b, amount0, amount1))
      if (code !== undefined) {
        expect(code).toBe('OVERFLOW') // a uint128 cast in the periphery reverts
        return false
      }
      expect(getLiquidityForAmounts(current, a, b, amount0, amount1)).toBe(expected)
      return true
    })
    expect(compared).toBe(RUNS)
  })

  it('getAmountsForLiquidity = SqrtPriceMath round-down deltas per branch', () => {
    runCases(() => {
      const current = randomSqrtPrice()
      const a = randomSqrtPrice()
      const b = randomSqrtPrice()
      if (a === b) return false
      const liquidity = randomLiquidity()
      const [lower, upper] = a < b ? [a, b] : [b, a]
      const delta0 = (x: bigint, y: bigint) =>
        fromJsbi(SqrtPriceMath.getAmount0Delta(toJsbi(x), toJsbi(y), toJsbi(liquidity), false))
      const delta1 = (x: bigint, y: bigint) =>
        fromJsbi(SqrtPriceMath.getAmount1Delta(toJsbi(x), toJsbi(y), toJsbi(liquidity), false))
      const expected =
        current <= lower
          ? { amount0: delta0(lower, upper), amount1: 0n }
          : current < upper
            ? { amount0: delta0(current, upper), amount1: delta1(lower, current) }
            : { amount0: 0n, amount1: delta1(lower, upper) }
      expect(getAmountsForLiquidity(current, a, b, liquidity)).toEqual(expected)
      return true
    })
  })

  it('nearestUsableTick and encodeSqrtRatioX96', () => {
    runCases(() => {
      const tick = randomTick()
      const spacing = [1, 10, 60, 200][Math.floor(random.nextFloat() * 4)] as number
      expect(nearestUsableTick(tick, spacing)).toBe(sdkNearestUsableTick(tick, spacing) || 0)
      const amount1 = randomBits(128) || 1n
      const amount0 = randomBits(128) || 1n
      expect(encodeSqrtRatioX96(amount1, amount0)).toBe(
        fromJsbi(sdkEncodeSqrtRatioX96(amount1.toString(), amount0.toString())),
      )
      return true
    })
  })
})
