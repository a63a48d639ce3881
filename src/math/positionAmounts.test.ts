import { describe, expect, it } from 'vitest'
import { getModifyLiquidityAmounts, getPositionAmounts } from './positionAmounts.ts'
import { getSqrtRatioAtTick } from './tickMath.ts'

describe('#getModifyLiquidityAmounts', () => {
  // √P = 2^96 exactly at tick 0; L = 10^18 over [−60, 60].
  const Q96 = 2n ** 96n
  const L = 10n ** 18n
  it('a removal pays −(what getPositionAmounts pays), rounded down; a deposit owes it rounded up', () => {
    const paid = getPositionAmounts(0, Q96, -60, 60, L)
    expect(getModifyLiquidityAmounts(0, Q96, -60, 60, -L)).toEqual({
      amount0: -paid.amount0,
      amount1: -paid.amount1,
    })
    const owed = getModifyLiquidityAmounts(0, Q96, -60, 60, L)
    // the exact amounts are not integers here: rounding up is one wei above rounding down
    expect(owed).toEqual({ amount0: paid.amount0 + 1n, amount1: paid.amount1 + 1n })
  })

  it('branches on the tick: below the range only token0, at or above the upper tick only token1', () => {
    const sqrtLow = getSqrtRatioAtTick(-61)
    expect(getModifyLiquidityAmounts(-61, sqrtLow, -60, 60, -L).amount1).toBe(0n)
    expect(getModifyLiquidityAmounts(60, getSqrtRatioAtTick(60), -60, 60, -L).amount0).toBe(0n)
    expect(getModifyLiquidityAmounts(0, Q96, -60, 60, 0n)).toEqual({ amount0: 0n, amount1: 0n })
  })
})
