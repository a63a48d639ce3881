// Oracle for the principal: @uniswap/v3-sdk's Position.amount0/amount1 (what the pool's burn pays,
// rounded down) for the removed liquidity; the minimums: its burnAmountsWithSlippage.
import { Percent, Token } from '@uniswap/sdk-core'
import { FeeAmount, Pool, Position } from '@uniswap/v3-sdk'
import { describe, expect, it } from 'vitest'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from '../../math/index.ts'
import { CLOSE_BPS, closeAmounts, removePreview } from './removePreview.ts'

const token0 = new Token(1, '0x0000000000000000000000000000000000000001', 18)
const token1 = new Token(1, '0x0000000000000000000000000000000000000002', 6)

function sdkPosition(sqrtPriceX96: bigint, tickLower: number, tickUpper: number, liquidity: bigint) {
  const pool = new Pool(
    token0,
    token1,
    FeeAmount.MEDIUM,
    sqrtPriceX96.toString(),
    '0',
    getTickAtSqrtRatio(sqrtPriceX96),
  )
  return new Position({ pool, liquidity: liquidity.toString(), tickLower, tickUpper })
}

const cases = [
  { name: 'price inside the range', tick: 120, tickLower: -600, tickUpper: 900 },
  { name: 'price below the range (all token0)', tick: -1200, tickLower: -600, tickUpper: 900 },
  { name: 'price above the range (all token1)', tick: 1500, tickLower: -600, tickUpper: 900 },
]

describe('#removePreview', () => {
  for (const c of cases)
    for (const removeBps of [2_500, 5_000, 7_500, CLOSE_BPS])
      it(`${c.name}, ${removeBps / 100} %: principal and minimums as the v3-sdk computes them`, () => {
        const sqrtPriceX96 = getSqrtRatioAtTick(c.tick) + 12_345n
        const liquidity = 987_654_321_987_654_321n
        const preview = removePreview({
          sqrtPriceX96,
          tickLower: c.tickLower,
          tickUpper: c.tickUpper,
          liquidity,
          removeBps,
          owed0Wei: 11n,
          owed1Wei: 22n,
          slippageBps: 50,
        })
        const removed = (liquidity * BigInt(removeBps)) / 10_000n
        expect(preview.liquidityRemoved).toBe(removed)
        expect(preview.liquidityLeft).toBe(liquidity - removed)
        const sdk = sdkPosition(sqrtPriceX96, c.tickLower, c.tickUpper, removed)
        expect(preview.principal0Wei).toBe(BigInt(sdk.amount0.quotient.toString()))
        expect(preview.principal1Wei).toBe(BigInt(sdk.amount1.quotient.toString()))
        expect(preview.received0Wei).toBe(BigInt(sdk.amount0.quotient.toString()) + 11n)
        expect(preview.received1Wei).toBe(BigInt(sdk.amount1.quotient.toString()) + 22n)
        const mins = sdk.burnAmountsWithSlippage(new Percent(50, 10_000))
        expect(preview.amount0MinWei).toBe(BigInt(mins.amount0.toString()))
        expect(preview.amount1MinWei).toBe(BigInt(mins.amount1.toString()))
      })

  it('floors the removed liquidity (1001 at 50 % removes 500)', () => {
    const preview = removePreview({
      sqrtPriceX96: 2n ** 96n,
      tickLower: -60,
      tickUpper: 60,
      liquidity: 1001n,
      removeBps: 5_000,
      owed0Wei: 0n,
      owed1Wei: 0n,
      slippageBps: 50,
    })
    expect(preview.liquidityRemoved).toBe(500n)
    expect(preview.liquidityLeft).toBe(501n)
  })

  it('rejects a share outside 0.01–100 %', () => {
    const base = {
      sqrtPriceX96: 2n ** 96n,
      tickLower: -60,
      tickUpper: 60,
      liquidity: 10n ** 18n,
      owed0Wei: 0n,
      owed1Wei: 0n,
      slippageBps: 50,
    }
    expect(() => removePreview({ ...base, removeBps: 0 })).toThrow()
    expect(() => removePreview({ ...base, removeBps: 10_001 })).toThrow()
  })
})

describe('#closeAmounts', () => {
  it('removes every unit of liquidity and adds everything owed', () => {
    const liquidity = 123_456_789_012_345n
    const closed = closeAmounts({
      sqrtPriceX96: getSqrtRatioAtTick(10),
      tickLower: -120,
      tickUpper: 120,
      liquidity,
      owed0Wei: 5n,
      owed1Wei: 7n,
      slippageBps: 100,
    })
    const sdk = sdkPosition(getSqrtRatioAtTick(10), -120, 120, liquidity)
    expect(closed.liquidityRemoved).toBe(liquidity)
    expect(closed.liquidityLeft).toBe(0n)
    expect(closed.received0Wei).toBe(BigInt(sdk.amount0.quotient.toString()) + 5n)
    expect(closed.received1Wei).toBe(BigInt(sdk.amount1.quotient.toString()) + 7n)
  })

  it('a position already at 0 liquidity only pays what it is owed, with 0 minimums', () => {
    const closed = closeAmounts({
      sqrtPriceX96: 2n ** 96n,
      tickLower: -60,
      tickUpper: 60,
      liquidity: 0n,
      owed0Wei: 3n,
      owed1Wei: 4n,
      slippageBps: 50,
    })
    expect(closed).toMatchObject({
      liquidityRemoved: 0n,
      principal0Wei: 0n,
      principal1Wei: 0n,
      received0Wei: 3n,
      received1Wei: 4n,
      amount0MinWei: 0n,
      amount1MinWei: 0n,
    })
  })
})
