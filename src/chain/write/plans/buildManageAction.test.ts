import { decodeFunctionData, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { burnMinimums } from '../../../domain/actions/burnMinimums.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { stakedV3, USDC, WETH } from '../../../domain/positions/positionsFixture.ts'
import { getAmountsForLiquidity, getSqrtRatioAtTick, MAX_UINT128 } from '../../../math/index.ts'
import type { ManageState } from '../../readManageState.ts'
import { npmWriteAbi, stakingRewardsWriteAbi } from '../writeAbis.ts'
import {
  type BuildManageActionParameters,
  balanceShortfalls,
  buildManageAction,
} from './buildManageAction.ts'
import { simulatedOutcome } from './simulatedOutcome.ts'

const position: PositionViewOk = { ...stakedV3, id: 'v3:40', location: 'wallet' }
const v3 = position.v3 as NonNullable<PositionViewOk['v3']>
const sqrtPriceX96 = getSqrtRatioAtTick(Math.floor((v3.tickLower + v3.tickUpper) / 2))
const state = (patch: Partial<ManageState> = {}): ManageState => ({
  blockNumber: 800n,
  blockTimestamp: 1_769_839_200n,
  balancesWei: { [WETH.address.toLowerCase()]: 59n * 10n ** 18n, [USDC.address.toLowerCase()]: 10n ** 12n },
  allowancesWei: {},
  ethBalanceWei: 10n ** 18n,
  v3: { sqrtPriceX96, tick: 0, liquidity: 10n ** 18n + 7n, tokensOwed0: 0n, tokensOwed1: 0n },
  ...patch,
})
const base = (patch: Partial<BuildManageActionParameters>): BuildManageActionParameters => ({
  kind: 'increase',
  position,
  state: state(),
  owner: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  contracts: {
    npm: '0xd04fF4A75Edd737A73E92b2F2274Cb887d96E110',
    router: '0x0000000000000000000000000000000000000002',
    staker: undefined,
  },
  incentive: undefined,
  removeBps: 5_000,
  increase: { text: '1', side: 'token0' },
  nativeSide: undefined,
  slippageBps: 50,
  deadlineMinutes: 20,
  ...patch,
})

describe('#buildManageAction', () => {
  it('increase beyond the balance: the shortfall names the token and the exact missing amount', () => {
    const model = buildManageAction(base({ increase: { text: '100000', side: 'token0' } }))
    if (!model.ok) throw new Error(model.message)
    expect(model.requests.map((r) => r.kind)).toEqual(['approve-token0', 'approve-token1', 'increase'])
    const [weth] = balanceShortfalls(model.needs, state())
    expect(weth?.token.displaySymbol).toBe('WETH')
    expect(weth?.amountWei).toBe(100_000n * 10n ** 18n)
    expect(weth?.missingWei).toBe(100_000n * 10n ** 18n - 59n * 10n ** 18n)
    expect(model.deadline).toBe(1_769_839_200n + 1_200n)
  })

  it('increase within the balance and allowance: no shortfall and no approval', () => {
    const covered = state({
      allowancesWei: { [WETH.address.toLowerCase()]: 10n ** 30n, [USDC.address.toLowerCase()]: 10n ** 30n },
    })
    const model = buildManageAction(base({ state: covered }))
    if (!model.ok) throw new Error(model.message)
    expect(balanceShortfalls(model.needs, covered)).toEqual([])
    expect(model.requests.map((r) => r.kind)).toEqual(['increase'])
    expect(model.confirmLabel).toBe('Increase')
  })

  it('remove: liquidity and minimums from the state read for the review, deadline from its chain time', () => {
    const model = buildManageAction(base({ kind: 'remove-v3', removeBps: 3_333, deadlineMinutes: 5 }))
    if (!model.ok) throw new Error(model.message)
    const removed = ((10n ** 18n + 7n) * 3_333n) / 10_000n
    expect(model.rows.find((r) => r.key === 'liquidity')?.exact).toBe(removed.toString())
    expect(model.rows.find((r) => r.key === 'liquidity')?.text).toBe("33.33 % of the position's liquidity")
    const mins = burnMinimums({
      sqrtPriceX96,
      tickLower: v3.tickLower,
      tickUpper: v3.tickUpper,
      liquidity: removed,
      slippageBps: 50,
    })
    expect(model.rows.find((r) => r.key === 'min')?.amounts?.map((a) => a.amountWei)).toEqual([
      mins.amount0MinWei,
      mins.amount1MinWei,
    ])
    expect(model.deadline).toBe(1_769_839_200n + 300n)
    expect(model.title).toBe('Remove 33.33 % of #40 and collect')
    expect(model.zeroMinimumSymbols).toEqual([])
    expect(buildManageAction(base({ kind: 'remove-v3', removeBps: undefined }))).toMatchObject({ ok: false })
    // 50 %: the band P·(0.5…1.5) reaches past both ends of this ±~15 % range, so both minimums are 0.
    const wide = buildManageAction(base({ kind: 'remove-v3', slippageBps: 5_000 }))
    expect(wide.ok && wide.zeroMinimumSymbols).toEqual(['WETH', 'USDC'])
  })

  it('collect as ETH: the WETH side is shown as ETH, and the call has no deadline', () => {
    const model = buildManageAction(base({ kind: 'collect', nativeSide: 'token0' }))
    if (!model.ok) throw new Error(model.message)
    expect(model.deadline).toBeUndefined()
    expect(model.rows[0]?.amounts).toEqual([
      { token: WETH, amountWei: position.owed0.amountWei, asEth: true },
      { token: USDC, amountWei: position.owed1.amountWei, asEth: false },
    ])
    expect(
      simulatedOutcome({
        kind: 'collect',
        position,
        functionName: 'collect',
        result: [5n, 6n],
        nativeSide: 'token0',
      }),
    ).toEqual({
      label: 'The simulation pays you',
      amounts: [
        { token: WETH, amountWei: 5n, asEth: true },
        { token: USDC, amountWei: 6n, asEth: false },
      ],
    })
  })

  it('close: one NPM multicall of decreaseLiquidity(all), collect(max) and burn; the total is principal + owed', () => {
    const model = buildManageAction(base({ kind: 'close' }))
    if (!model.ok) throw new Error(model.message)
    expect(model.requests).toHaveLength(1)
    const [request] = model.requests
    const outer = decodeFunctionData({ abi: npmWriteAbi, data: request?.data as Hex })
    expect(outer.functionName).toBe('multicall')
    const inner = ((outer.args?.[0] ?? []) as Hex[]).map((data) =>
      decodeFunctionData({ abi: npmWriteAbi, data }),
    )
    expect(inner.map((c) => c.functionName)).toEqual(['decreaseLiquidity', 'collect', 'burn'])
    expect(inner[0]?.args?.[0]).toMatchObject({
      tokenId: 40n,
      liquidity: 10n ** 18n + 7n,
      deadline: 1_769_839_200n + 1_200n,
    })
    expect(inner[1]?.args?.[0]).toMatchObject({
      tokenId: 40n,
      amount0Max: MAX_UINT128,
      amount1Max: MAX_UINT128,
    })
    expect(inner[2]?.args).toEqual([40n])
    // Principal from the range's own formula, plus what the position is owed.
    const principal = getAmountsForLiquidity(
      sqrtPriceX96,
      getSqrtRatioAtTick(v3.tickLower),
      getSqrtRatioAtTick(v3.tickUpper),
      10n ** 18n + 7n,
    )
    expect(model.rows.find((r) => r.key === 'total')?.amounts?.map((a) => a.amountWei)).toEqual([
      principal.amount0 + position.owed0.amountWei,
      principal.amount1 + position.owed1.amountWei,
    ])
    // Already empty: no decrease, only collect and burn.
    const empty = buildManageAction(
      base({
        kind: 'close',
        state: state({ v3: { sqrtPriceX96, tick: 0, liquidity: 0n, tokensOwed0: 0n, tokensOwed1: 0n } }),
      }),
    )
    if (!empty.ok) throw new Error(empty.message)
    const emptyOuter = decodeFunctionData({ abi: npmWriteAbi, data: empty.requests[0]?.data as Hex })
    expect(
      ((emptyOuter.args?.[0] ?? []) as Hex[]).map(
        (data) => decodeFunctionData({ abi: npmWriteAbi, data }).functionName,
      ),
    ).toEqual(['collect', 'burn'])
  })

  it('stake a wallet V2 LP: exact approval to the farm when short, then stake all the wallet holds', () => {
    const pair = '0x00000000000000000000000000000000000000aa' as const
    const farm = '0x00000000000000000000000000000000000000bb' as const
    const v2Position: PositionViewOk = {
      ...position,
      id: `v2:${pair}:wallet`,
      protocol: 'v2',
      v3: null,
      v2: {
        pair,
        lpBalanceWei: 5n,
        lpTotalSupplyWei: 10n,
        reserve0Wei: 1n,
        reserve1Wei: 1n,
        shareOfPool: 0.5,
        farm: null,
      },
    }
    const held = state({ balancesWei: { [pair]: 123n }, allowancesWei: {} })
    const model = buildManageAction(base({ kind: 'stake-v2', position: v2Position, state: held, farm }))
    if (!model.ok) throw new Error(model.message)
    expect(model.requests.map((r) => r.kind)).toEqual(['approve-lp', 'farm-stake'])
    const stake = decodeFunctionData({ abi: stakingRewardsWriteAbi, data: model.requests[1]?.data as Hex })
    expect(stake).toMatchObject({ functionName: 'stake', args: [123n] })
    expect(model.requests[1]?.to).toBe(farm)
    const approved = buildManageAction(
      base({
        kind: 'stake-v2',
        position: v2Position,
        state: state({ balancesWei: { [pair]: 123n }, allowancesWei: { [pair]: 123n } }),
        farm,
      }),
    )
    expect(approved.ok && approved.requests.map((r) => r.kind)).toEqual(['farm-stake'])
    expect(buildManageAction(base({ kind: 'stake-v2', position: v2Position, state: held }))).toMatchObject({
      ok: false,
    })
  })
})
