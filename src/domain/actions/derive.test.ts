import { describe, expect, it } from 'vitest'
import {
  encodeSqrtRatioX96,
  getAmount0Delta,
  getAmount1Delta,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
} from '../../math/index.ts'
import { deriveV2Deposit, routerAddAmounts } from './deriveV2Deposit.ts'
import { deriveV3Deposit, rangePositionOf } from './deriveV3Deposit.ts'
import { applySlippageDown, deadlineFromChainTime, shiftSqrtPriceX96, v3MintMinimums } from './slippage.ts'
import { fullRange, rangeFromPercent, validateRange } from './validateRange.ts'
import { zeroMinimumSides } from './zeroMinimumSides.ts'

// WETH/USDC-like pool: 3000 USDC (6 dec) per WETH (18 dec).
const sqrtPriceX96 = encodeSqrtRatioX96(3000n * 10n ** 6n, 10n ** 18n)
const tick = getTickAtSqrtRatio(sqrtPriceX96)
const range = { tickLower: Math.floor(tick / 60) * 60 - 600, tickUpper: Math.floor(tick / 60) * 60 + 600 }

describe('#deriveV3Deposit', () => {
  it('in range from token0: the dependent side is rounded up so the mint recomputes the same liquidity', () => {
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent: 'token0', amountWei: 10n ** 18n })
    expect(deposit.rangePosition).toBe('in')
    expect(deposit.amount0DesiredWei).toBe(10n ** 18n)
    expect(deposit.amount1DesiredWei).toBeGreaterThan(2_500n * 10n ** 6n)
    expect(deposit.amount1DesiredWei).toBeLessThan(3_500n * 10n ** 6n)
    const liquidity = getLiquidityForAmounts(
      sqrtPriceX96,
      getSqrtRatioAtTick(range.tickLower),
      getSqrtRatioAtTick(range.tickUpper),
      deposit.amount0DesiredWei,
      deposit.amount1DesiredWei,
    )
    expect(deposit.liquidity).toBe(liquidity)
    expect(deposit.amount0Wei).toBeLessThanOrEqual(deposit.amount0DesiredWei)
    expect(deposit.amount0Wei).toBeGreaterThan(deposit.amount0DesiredWei - 10n ** 6n)
    expect(deposit.amount1Wei).toBe(deposit.amount1DesiredWei)
  })

  it('in range from token1 gives back (within rounding) the token0 that asked for it', () => {
    const fromToken0 = deriveV3Deposit({
      sqrtPriceX96,
      ...range,
      independent: 'token0',
      amountWei: 10n ** 18n,
    })
    const fromToken1 = deriveV3Deposit({
      sqrtPriceX96,
      ...range,
      independent: 'token1',
      amountWei: fromToken0.amount1DesiredWei,
    })
    const diff = fromToken1.amount0DesiredWei - 10n ** 18n
    expect(diff >= 0n && diff < 10n ** 12n).toBe(true)
  })

  it('below the range deposits token0 only; above, token1 only; the wrong side throws', () => {
    const above = { tickLower: range.tickUpper + 60, tickUpper: range.tickUpper + 1200 }
    expect(rangePositionOf(sqrtPriceX96, above.tickLower, above.tickUpper)).toBe('below')
    const oneSided = deriveV3Deposit({
      sqrtPriceX96,
      ...above,
      independent: 'token0',
      amountWei: 5n * 10n ** 17n,
    })
    expect(oneSided).toMatchObject({ rangePosition: 'below', amount1DesiredWei: 0n, amount1Wei: 0n })
    expect(oneSided.amount0Wei).toBeLessThanOrEqual(5n * 10n ** 17n)
    expect(() => deriveV3Deposit({ sqrtPriceX96, ...above, independent: 'token1', amountWei: 1n })).toThrow(
      'WRONG_SIDE',
    )
    const below = { tickLower: range.tickLower - 1200, tickUpper: range.tickLower - 60 }
    const token1Only = deriveV3Deposit({
      sqrtPriceX96,
      ...below,
      independent: 'token1',
      amountWei: 1000n * 10n ** 6n,
    })
    expect(token1Only).toMatchObject({ rangePosition: 'above', amount0Wei: 0n })
  })
})

describe('#v3MintMinimums', () => {
  it('are at most the amounts taken and shrink as slippage grows', () => {
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent: 'token0', amountWei: 10n ** 18n })
    const desired = {
      amount0DesiredWei: deposit.amount0DesiredWei,
      amount1DesiredWei: deposit.amount1DesiredWei,
    }
    const tight = v3MintMinimums({ sqrtPriceX96, ...range, ...desired, slippageBps: 50 })
    const loose = v3MintMinimums({ sqrtPriceX96, ...range, ...desired, slippageBps: 500 })
    expect(tight.amount0MinWei).toBeLessThan(deposit.amount0Wei)
    expect(tight.amount1MinWei).toBeLessThan(deposit.amount1Wei)
    expect(loose.amount0MinWei).toBeLessThan(tight.amount0MinWei)
    expect(loose.amount1MinWei).toBeLessThan(tight.amount1MinWei)
  })

  it('a ±10 % range at 0.5 % accepts about 5 % less on each side (the amounts at P·(1 ± 0.5 %)), not 10 %', () => {
    const wide = rangeFromPercent(tick, 60, 10, 10)
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...wide, independent: 'token0', amountWei: 10n ** 18n })
    const mins = v3MintMinimums({ sqrtPriceX96, ...wide, ...deposit, slippageBps: 50 })
    // Independent float oracle: a position's amounts at price p are L·(1/√p − 1/√pb) and L·(√p − √pa).
    const p = Number(sqrtPriceX96) ** 2
    const pa = Number(getSqrtRatioAtTick(wide.tickLower)) ** 2
    const pb = Number(getSqrtRatioAtTick(wide.tickUpper)) ** 2
    const share0 = (1 / Math.sqrt(p * 1.005) - 1 / Math.sqrt(pb)) / (1 / Math.sqrt(p) - 1 / Math.sqrt(pb))
    const share1 = (Math.sqrt(p * 0.995) - Math.sqrt(pa)) / (Math.sqrt(p) - Math.sqrt(pa))
    expect(share0).toBeGreaterThan(0.94)
    expect(share0).toBeLessThan(0.96)
    expect(Number(mins.amount0MinWei) / Number(deposit.amount0Wei)).toBeCloseTo(share0, 6)
    expect(Number(mins.amount1MinWei) / Number(deposit.amount1Wei)).toBeCloseTo(share1, 6)
  })

  it('are the amounts the created liquidity takes at the band edges: every price inside takes at least them', () => {
    const deposit = deriveV3Deposit({
      sqrtPriceX96,
      ...range,
      independent: 'token1',
      amountWei: 3000n * 10n ** 6n,
    })
    const mins = v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: 100 })
    const sqrtLower = getSqrtRatioAtTick(range.tickLower)
    const sqrtUpper = getSqrtRatioAtTick(range.tickUpper)
    for (const bps of [-100, -99, -50, -1, 0, 1, 50, 99, 100]) {
      const price = shiftSqrtPriceX96(sqrtPriceX96, Math.abs(bps), bps < 0 ? 'down' : 'up')
      const taken0 = getAmount0Delta(price, sqrtUpper, deposit.liquidity, true)
      const taken1 = getAmount1Delta(sqrtLower, price, deposit.liquidity, true)
      expect(taken0).toBeGreaterThanOrEqual(mins.amount0MinWei)
      expect(taken1).toBeGreaterThanOrEqual(mins.amount1MinWei)
      if (bps === 100) expect(taken0).toBe(mins.amount0MinWei)
      if (bps === -100) expect(taken1).toBe(mins.amount1MinWei)
    }
  })

  it('a one-spacing range at 0.5 % has both minimums at 0 by the rule (the band is wider than the range)', () => {
    const t = Math.floor(tick / 10) * 10
    const narrow = { tickLower: t, tickUpper: t + 10 }
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...narrow, independent: 'token0', amountWei: 10n ** 18n })
    const mins = v3MintMinimums({ sqrtPriceX96, ...narrow, ...deposit, slippageBps: 50 })
    expect(mins).toEqual({ amount0MinWei: 0n, amount1MinWei: 0n })
    expect(zeroMinimumSides({ ...deposit, ...mins })).toEqual(['token0', 'token1'])
    const tight = v3MintMinimums({ sqrtPriceX96, ...narrow, ...deposit, slippageBps: 1 })
    expect(zeroMinimumSides({ ...deposit, ...tight })).toEqual([])
  })

  it('one-sided out of range: the deposited side keeps its minimum while the band stays out of range', () => {
    const above = { tickLower: range.tickUpper + 600, tickUpper: range.tickUpper + 1200 }
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...above, independent: 'token0', amountWei: 10n ** 18n })
    const mins = v3MintMinimums({ sqrtPriceX96, ...above, ...deposit, slippageBps: 50 })
    expect(mins).toEqual({ amount0MinWei: deposit.amount0Wei, amount1MinWei: 0n })
  })
})

describe('slippage and deadline helpers', () => {
  it('applySlippageDown floors amount·(1 − s)', () => {
    expect(applySlippageDown(1_000_000n, 50)).toBe(995_000n)
    expect(applySlippageDown(999n, 50)).toBe(994n)
  })
  it('shiftSqrtPriceX96 scales the price (not its root) by 1 ± s, floored, clamped to the tick-math limits', () => {
    const up = shiftSqrtPriceX96(sqrtPriceX96, 100, 'up')
    const ratio = Number((up * up * 10_000n) / (sqrtPriceX96 * sqrtPriceX96))
    expect(ratio).toBe(10_099) // 1.01 floored at 4 digits
    expect(up * up).toBeLessThanOrEqual((sqrtPriceX96 * sqrtPriceX96 * 10_100n) / 10_000n)
    expect((up + 1n) * (up + 1n)).toBeGreaterThan((sqrtPriceX96 * sqrtPriceX96 * 10_100n) / 10_000n)
    expect(shiftSqrtPriceX96(4295128739n, 5000, 'down')).toBe(4295128740n)
    expect(shiftSqrtPriceX96(1461446703485210103287273052203988822378723970341n, 5000, 'up')).toBe(
      1461446703485210103287273052203988822378723970341n,
    )
  })
  it('the deadline is chain time + minutes', () => {
    expect(deadlineFromChainTime(1_769_839_200n, 20)).toBe(1_769_840_400n)
  })
})

describe('#validateRange and presets', () => {
  it.each([
    [-600, -600, 'ORDER'],
    [600, -600, 'ORDER'],
    [-887280, 600, 'OUT_OF_BOUNDS'],
    [0, 887280, 'OUT_OF_BOUNDS'],
    [-61, 600, 'NOT_ON_SPACING'],
    [0.5, 600, 'NOT_A_NUMBER'],
  ])('refuses %d..%d with %s', (lower, upper, code) => {
    expect(validateRange(lower, upper, 60)).toMatchObject({ ok: false, code })
  })
  it('accepts the full range and a snapped ±10 % range around the tick', () => {
    expect(fullRange(60)).toEqual({ tickLower: -887220, tickUpper: 887220 })
    expect(validateRange(-887220, 887220, 60)).toEqual({ ok: true, tickLower: -887220, tickUpper: 887220 })
    const r = rangeFromPercent(tick, 60, 10, 10)
    expect(Math.abs(r.tickLower % 60)).toBe(0)
    expect(Math.abs(r.tickUpper % 60)).toBe(0)
    expect(Math.abs(r.tickLower - (tick - 1054))).toBeLessThanOrEqual(30)
    expect(Math.abs(r.tickUpper - (tick + 953))).toBeLessThanOrEqual(30)
  })
})

describe('#deriveV2Deposit', () => {
  const reserves = {
    reserve0: 100n * 10n ** 18n,
    reserve1: 300_000n * 10n ** 6n,
    totalSupply: 5n * 10n ** 15n,
  }
  it('quotes the other side and mints min(a0·S/r0, a1·S/r1)', () => {
    const d = deriveV2Deposit(reserves, 'token0', 10n ** 18n)
    expect(d).toEqual({
      amount0DesiredWei: 10n ** 18n,
      amount1DesiredWei: 3000n * 10n ** 6n,
      amount0Wei: 10n ** 18n,
      amount1Wei: 3000n * 10n ** 6n,
      liquidityWei: 5n * 10n ** 13n,
    })
  })
  it('from token1 follows the router: the quoted token0 is floored and token1 re-quoted', () => {
    const d = deriveV2Deposit(reserves, 'token1', 1_000_001n)
    // 1.000001 USDC → floor(1000001·1e20 / 3e11) token0 wei; the router re-quotes token1 from it.
    expect(d.amount0DesiredWei).toBe(333333666666666n)
    expect(routerAddAmounts(reserves, d.amount0DesiredWei, d.amount1DesiredWei)).toEqual({
      amount0Wei: 333333666666666n,
      amount1Wei: 1_000_000n,
    })
    expect(d.amount1Wei).toBe(1_000_000n)
  })
})
