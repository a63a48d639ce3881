import { decodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { encodeSqrtRatioX96 } from '../../../math/index.ts'
import { npmWriteAbi } from '../writeAbis.ts'
import { buildV3IncreasePlan } from './buildV3IncreasePlan.ts'

const base = {
  npm: '0x00000000000000000000000000000000000000aa',
  tokenId: 7n,
  // Price 1 (equal decimals), range ±~10 %.
  sqrtPriceX96: encodeSqrtRatioX96(1n, 1n),
  tickLower: -960,
  tickUpper: 960,
  token0: { address: '0x0000000000000000000000000000000000000001', decimals: 18, displaySymbol: 'AAA' },
  token1: { address: '0x0000000000000000000000000000000000000002', decimals: 18, displaySymbol: 'BBB' },
  slippageBps: 50,
  deadline: 1_800_000_000n,
} as const

describe('#buildV3IncreasePlan', () => {
  it('typing token1 derives token0 exactly; at price 1 in a symmetric range both sides are equal ±1 wei', () => {
    const from1 = buildV3IncreasePlan({ ...base, independent: 'token1', amountText: '1' })
    const from0 = buildV3IncreasePlan({ ...base, independent: 'token0', amountText: '1' })
    if (!from1.ok || !from0.ok) throw new Error('plan failed')
    expect(from1.amount1Wei).toBe(10n ** 18n)
    expect(from1.amount0Wei - 10n ** 18n).toBeGreaterThanOrEqual(-1n)
    expect(from1.amount0Wei - 10n ** 18n).toBeLessThanOrEqual(1n)
    expect(from1.liquidity - from0.liquidity).toBeGreaterThanOrEqual(-1n)
    expect(from1.requests.map((r) => r.kind)).toEqual(['approve-token0', 'approve-token1', 'increase'])
    const { args } = decodeFunctionData({ abi: npmWriteAbi, data: from1.requests[2]?.data ?? '0x' })
    const params = args?.[0] as { tokenId: bigint; amount1Desired: bigint }
    expect(params.tokenId).toBe(7n)
    expect(params.amount1Desired).toBe(10n ** 18n)
  })
  it('a range above the price takes only token0: typing token1 explains which token to enter', () => {
    const plan = buildV3IncreasePlan({
      ...base,
      tickLower: 600,
      tickUpper: 1200,
      independent: 'token1',
      amountText: '1',
    })
    expect(plan).toEqual({
      ok: false,
      message: 'At the current price this range takes only AAA: enter an amount of AAA.',
    })
    const oneSided = buildV3IncreasePlan({
      ...base,
      tickLower: 600,
      tickUpper: 1200,
      independent: 'token0',
      amountText: '2',
    })
    expect(oneSided.ok && oneSided.requests.map((r) => r.kind)).toEqual(['approve-token0', 'increase'])
    expect(oneSided.ok && oneSided.amount1Wei).toBe(0n)
  })
  it('skips the approval of a side whose allowance already covers the desired amount', () => {
    const plan = buildV3IncreasePlan({
      ...base,
      independent: 'token0',
      amountText: '1',
      allowance0Wei: 10n ** 18n,
    })
    expect(plan.ok && plan.requests.map((r) => r.kind)).toEqual(['approve-token1', 'increase'])
  })
  it('bad input gets the parser message', () => {
    expect(buildV3IncreasePlan({ ...base, independent: 'token0', amountText: '1e5' })).toMatchObject({
      ok: false,
    })
  })
})
