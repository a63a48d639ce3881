import { decodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { burnMinimums } from '../../../domain/actions/burnMinimums.ts'
import { npmWriteAbi } from '../writeAbis.ts'
import { buildV2RemovePlan, buildV3CollectPlan, buildV3RemovePlan } from './buildManageRequests.ts'

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
  it('remove 50 % as ETH: decrease → collect to the NPM → unwrap → sweep, in one multicall', () => {
    const plan = buildV3RemovePlan({
      npm,
      tokenId: 7n,
      liquidity: 1_000_000_000n,
      removeBps: 5_000,
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
      // §9: what the burn returns at P·(1 ± 0.5 %), not amount·(1 − 0.5 %) as before.
      amount0Min: plan.amount0MinWei,
      amount1Min: plan.amount1MinWei,
      deadline: 100n,
    })
    expect(plan.amount0MinWei).toBe(
      burnMinimums({
        sqrtPriceX96: 2n ** 96n,
        tickLower: -600,
        tickUpper: 600,
        liquidity: 500_000_000n,
        slippageBps: 50,
      }).amount0MinWei,
    )
    expect(plan.amount0MinWei).toBeLessThan(plan.amount0Wei)
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

  it('V2 remove with the fee switch on pays the protocol-fee mint first (amm-reference §1 vector)', () => {
    // 1000e18/1000e18 first mint with feeTo on, then 1e18 token1 in for 996006981039903216 token0 out.
    const e18 = 10n ** 18n
    const state = {
      reserve0: 1000n * e18 - 996006981039903216n,
      reserve1: 1001n * e18,
      balance0: 1000n * e18 - 996006981039903216n,
      balance1: 1001n * e18,
      totalSupply: 1000n * e18,
      kLast: 1000n * e18 * 1000n * e18,
      feeOn: true,
    }
    const common = {
      router: npm,
      pair: weth,
      token0: weth,
      token1: usdc,
      // Everything but the locked MINIMUM_LIQUIDITY, which address(0) holds.
      lpBalanceWei: 1000n * e18 - 1000n,
      removeBps: 10_000,
      state,
      slippageBps: 50,
      deadline: 100n,
      to: me,
    } as const
    const plan = buildV2RemovePlan({ ...common, lpAllowanceWei: 0n })
    // The pair keeps 1000 + 249501683697445 token0 and 1000 + 250000187312969 token1.
    expect(plan.amount0Wei).toBe(state.balance0 - 1000n - 249501683697445n)
    expect(plan.amount1Wei).toBe(state.balance1 - 1000n - 250000187312969n)
    expect(plan.amount0MinWei).toBe((plan.amount0Wei * 9_950n) / 10_000n)
    expect(plan.requests.map((r) => r.kind)).toEqual(['approve-lp', 'remove-v2'])
    // With the fee ignored (the old feeOn: false) the prediction overstates what the burn pays.
    const feeIgnored = buildV2RemovePlan({ ...common, state: { ...state, feeOn: false }, lpAllowanceWei: 0n })
    expect(feeIgnored.amount0Wei).toBeGreaterThan(plan.amount0Wei)
    // An allowance that already covers the LP skips the approval.
    const approved = buildV2RemovePlan({ ...common, lpAllowanceWei: 1000n * e18 })
    expect(approved.requests.map((r) => r.kind)).toEqual(['remove-v2'])
  })
})
