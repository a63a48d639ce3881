import { decodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { npmWriteAbi } from '../../chain/write/writeAbis.ts'
import { buildV3CollectPlan, buildV3RemovePlan, liquidityForPercent } from './buildManageRequests.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const npm = '0xd04fF4A75Edd737A73E92b2F2274Cb887d96E110'
const weth = '0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35'
const usdc = '0xA15BB66138824a1c7167f5E85b957d04Dd34E468'
const me = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('manage plans', () => {
  it('liquidityForPercent floors and refuses bad percentages', () => {
    expect(liquidityForPercent(1001n, 50)).toBe(500n)
    expect(liquidityForPercent(1001n, 100)).toBe(1001n)
    expect(() => liquidityForPercent(1n, 0)).toThrow(/1 to 100/)
    expect(() => liquidityForPercent(1n, 50.5)).toThrow(/whole/)
  })

  it('remove 50 % as ETH: decrease → collect to the NPM → unwrap → sweep, in one multicall', () => {
    const plan = buildV3RemovePlan({
      npm,
      tokenId: 7n,
      liquidity: 1_000_000_000n,
      percent: 50,
      sqrtPriceX96: 2n ** 96n,
      tickLower: -600,
      tickUpper: 600,
      token0: weth,
      token1: usdc,
      nativeSide: 'token0',
      slippageBps: 50,
      deadline: 100n,
      recipient: me,
    })
    expect(plan.liquidityRemoved).toBe(500_000_000n)
    const [request] = plan.requests
    const outer = decodeFunctionData({ abi: npmWriteAbi, data: must(request).data })
    expect(outer.functionName).toBe('multicall')
    const inner = (must(outer.args)[0] as `0x${string}`[]).map((data) =>
      decodeFunctionData({ abi: npmWriteAbi, data }),
    )
    expect(inner.map((call) => call.functionName)).toEqual([
      'decreaseLiquidity',
      'collect',
      'unwrapWETH9',
      'sweepToken',
    ])
    expect(must(must(inner[0]).args)[0]).toMatchObject({
      tokenId: 7n,
      liquidity: 500_000_000n,
      amount0Min: (plan.amount0Wei * 9950n) / 10000n,
    })
    expect(must(must(inner[1]).args)[0]).toMatchObject({
      recipient: '0x0000000000000000000000000000000000000000',
    })
    expect(must(inner[3]).args).toEqual([usdc, 0n, me])
  })

  it('collect without ETH is a single direct collect to the owner', () => {
    const [request] = buildV3CollectPlan({
      npm,
      tokenId: 7n,
      token0: weth,
      token1: usdc,
      nativeSide: undefined,
      recipient: me,
    })
    expect(must(request).functionName).toBe('collect')
    const call = decodeFunctionData({ abi: npmWriteAbi, data: must(request).data })
    expect(must(call.args)[0]).toMatchObject({ recipient: me, amount0Max: 2n ** 128n - 1n })
  })
})
