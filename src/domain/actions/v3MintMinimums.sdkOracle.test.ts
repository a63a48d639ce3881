// Independent oracle: @uniswap/v3-sdk's Position.mintAmountsWithSlippage (devDependency only) on
// 10,000 seeded random ranges, prices, amounts and tolerances, with zero differences allowed.
import { Percent, Token } from '@uniswap/sdk-core'
import { Pool, Position, TickMath } from '@uniswap/v3-sdk'
import JSBI from 'jsbi'
import { describe, expect, it } from 'vitest'
import {
  createSeededRandom,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  MAX_TICK,
  MIN_TICK,
} from '../../math/index.ts'
import { deriveV3Deposit } from './deriveV3Deposit.ts'
import { v3MintMinimums } from './slippage.ts'

const RUNS = 10_000
const token0 = new Token(1, '0x0000000000000000000000000000000000000001', 18, 'A')
const token1 = new Token(1, '0x0000000000000000000000000000000000000002', 6, 'B')
const FEES = [
  { fee: 100, spacing: 1 },
  { fee: 500, spacing: 10 },
  { fee: 3000, spacing: 60 },
  { fee: 10000, spacing: 200 },
] as const
const toJsbi = (value: bigint): JSBI => JSBI.BigInt(value.toString())
const fromJsbi = (value: JSBI): bigint => BigInt(value.toString())

const random = createSeededRandom(20261201)
const int = (below: number): number => Math.floor(random.nextFloat() * below)
function randomBits(maxBits: number): bigint {
  const bits = 1 + int(maxBits)
  let value = 0n
  for (let produced = 0; produced < bits; produced += 32) value = (value << 32n) | BigInt(int(4294967296))
  return value & ((1n << BigInt(bits)) - 1n)
}
/** Tolerances from 0.01 % to 50 %, weighted towards the usual ones. */
function randomTolerance(): number {
  const pick = random.nextFloat()
  if (pick < 0.3) return [1, 5, 10, 30, 50, 100, 300, 500, 1000, 5000][int(10)] as number
  return 1 + int(5000)
}

function oracle(parameters: {
  fee: number
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  slippageBps: number
}) {
  const pool = new Pool(
    token0,
    token1,
    parameters.fee,
    toJsbi(parameters.sqrtPriceX96),
    0,
    TickMath.getTickAtSqrtRatio(toJsbi(parameters.sqrtPriceX96)),
  )
  const position = Position.fromAmounts({
    pool,
    tickLower: parameters.tickLower,
    tickUpper: parameters.tickUpper,
    amount0: toJsbi(parameters.amount0DesiredWei),
    amount1: toJsbi(parameters.amount1DesiredWei),
    useFullPrecision: false,
  })
  const { amount0, amount1 } = position.mintAmountsWithSlippage(new Percent(parameters.slippageBps, 10_000))
  return { amount0MinWei: fromJsbi(amount0), amount1MinWei: fromJsbi(amount1) }
}

describe('v3MintMinimums vs @uniswap/v3-sdk mintAmountsWithSlippage', () => {
  it(`agrees to the wei on ${RUNS} random ranges, prices, amounts and tolerances`, () => {
    let compared = 0
    let zeroSide = 0
    let attempts = 0
    const differences: unknown[] = []
    while (compared < RUNS) {
      attempts++
      if (attempts > 5 * RUNS) throw new Error('too many skipped cases')
      const { fee, spacing } = FEES[int(FEES.length)] as (typeof FEES)[number]
      const minUsable = Math.ceil(MIN_TICK / spacing) * spacing
      const maxUsable = Math.floor(MAX_TICK / spacing) * spacing
      // Price: mostly ordinary pool prices, sometimes near the tick-math limits.
      const tick = random.nextFloat() < 0.9 ? -300_000 + int(600_000) : MIN_TICK + int(MAX_TICK - MIN_TICK)
      const base = getSqrtRatioAtTick(Math.min(tick, MAX_TICK - 1))
      const width = getSqrtRatioAtTick(Math.min(tick, MAX_TICK - 1) + 1) - base
      const sqrtPriceX96 = random.nextFloat() < 0.2 ? base : base + (randomBits(160) % width)
      const current = getTickAtSqrtRatio(sqrtPriceX96)
      // Range: narrow to wide around the price, or entirely on one side of it.
      const halfWidth = [1, 2, 5, 20, 100, 1000, 10000, 100000][int(8)] as number
      const shape = random.nextFloat()
      const centre =
        shape < 0.7
          ? current
          : shape < 0.85
            ? current + halfWidth * spacing * 3
            : current - halfWidth * spacing * 3
      let tickLower = Math.floor((centre - int(halfWidth) * spacing - spacing) / spacing) * spacing
      let tickUpper = Math.ceil((centre + int(halfWidth) * spacing + spacing) / spacing) * spacing
      tickLower = Math.max(minUsable, tickLower)
      tickUpper = Math.min(maxUsable, tickUpper)
      if (tickLower >= tickUpper) continue
      // Amounts: as the form derives them from one typed side, or an arbitrary desired pair.
      let amount0DesiredWei: bigint
      let amount1DesiredWei: bigint
      if (random.nextFloat() < 0.6) {
        try {
          const deposit = deriveV3Deposit({
            sqrtPriceX96,
            tickLower,
            tickUpper,
            independent: random.nextFloat() < 0.5 ? 'token0' : 'token1',
            amountWei: randomBits(100) + 1n,
          })
          amount0DesiredWei = deposit.amount0DesiredWei
          amount1DesiredWei = deposit.amount1DesiredWei
        } catch {
          continue // typed the side this range does not take, or an overflow the contract rejects too
        }
      } else {
        amount0DesiredWei = randomBits(110)
        amount1DesiredWei = randomBits(110)
      }
      const a = getSqrtRatioAtTick(tickLower)
      const b = getSqrtRatioAtTick(tickUpper)
      try {
        if (getLiquidityForAmounts(sqrtPriceX96, a, b, amount0DesiredWei, amount1DesiredWei) === 0n) continue
      } catch {
        continue // liquidity above uint128: the NPM reverts, nothing to compare
      }
      const slippageBps = randomTolerance()
      const input = {
        fee,
        sqrtPriceX96,
        tickLower,
        tickUpper,
        amount0DesiredWei,
        amount1DesiredWei,
        slippageBps,
      }
      const ours = v3MintMinimums(input)
      const theirs = oracle(input)
      if (ours.amount0MinWei !== theirs.amount0MinWei || ours.amount1MinWei !== theirs.amount1MinWei)
        differences.push({ input, ours, theirs })
      if (ours.amount0MinWei === 0n || ours.amount1MinWei === 0n) zeroSide++
      compared++
    }
    expect(differences.slice(0, 3)).toEqual([])
    expect(compared).toBe(RUNS)
    // The sample must exercise both the ordinary case and the zero-side case.
    expect(zeroSide).toBeGreaterThan(RUNS / 20)
    expect(zeroSide).toBeLessThan(RUNS - RUNS / 20)
  }, 180_000)
})
