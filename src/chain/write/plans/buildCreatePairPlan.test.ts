import { decodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import type { PoolLiveState } from '../../../domain/actions/poolLiveState.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { v2RouterWriteAbi } from '../writeAbis.ts'
import { buildCreatePairPlan } from './buildCreatePairPlan.ts'

const router = '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D'
const account = '0x5000000000000000000000000000000000000005'
const pool: PoolChoice = {
  protocol: 'v2',
  address: '0x0000000000000000000000000000000000000000',
  token0: {
    address: '0x1000000000000000000000000000000000000001',
    symbol: 'WETH',
    name: 'WETH',
    decimals: 18,
  },
  token1: { address: '0x9000000000000000000000000000000000000009', symbol: 'PSTD', name: 'P', decimals: 8 },
  fee: 3000,
  tickSpacing: 0,
  create: { sqrtPriceX96: 1n },
}
const live: PoolLiveState = {
  blockNumber: 10n,
  blockTimestamp: 1_767_000_000n,
  v2: { reserve0: 0n, reserve1: 0n, totalSupply: 0n, feeOn: false, kLast: 0n },
  balance0Wei: 10n ** 19n,
  balance1Wei: 10n ** 12n,
  ethBalanceWei: 5n * 10n ** 18n,
  allowance0Wei: 0n,
  allowance1Wei: 7n,
}
const base = {
  pool,
  amount0Wei: 2n * 10n ** 18n,
  amount1Wei: 250n * 10n ** 8n,
  liquidityWei: 123n,
  live,
  settings: { slippageBps: 50, deadlineMinutes: 20 },
  account,
  router,
  unlimitedApproval: false,
  nativeSide: undefined,
} as const

describe('buildCreatePairPlan', () => {
  it('approves exactly, then addLiquidity with minimums = the typed amounts and a chain-time deadline', () => {
    const plan = buildCreatePairPlan(base)
    if (!plan.ok) throw new Error(plan.message)
    expect(plan.amount0MinWei).toBe(base.amount0Wei)
    expect(plan.amount1MinWei).toBe(base.amount1Wei)
    expect(plan.liquidity).toBe(123n)
    expect(plan.deadline).toBe(live.blockTimestamp + 1200n)
    // token1 has a leftover allowance of 7: reset to 0 first, then the exact amount.
    expect(plan.requests.map((r) => r.kind)).toEqual([
      'approve-token0',
      'approve-token1-reset',
      'approve-token1',
      'create-v2',
    ])
    const add = plan.requests.at(-1)
    if (!add) throw new Error('no add')
    const decoded = decodeFunctionData({ abi: v2RouterWriteAbi, data: add.data })
    expect(decoded.functionName).toBe('addLiquidity')
    expect(decoded.args).toEqual([
      pool.token0.address,
      pool.token1.address,
      base.amount0Wei,
      base.amount1Wei,
      base.amount0Wei,
      base.amount1Wei,
      account,
      live.blockTimestamp + 1200n,
    ])
    expect(add.to).toBe(router)
  })
  it('pays the WETH side in ETH through addLiquidityETH, minimums still exact', () => {
    const plan = buildCreatePairPlan({ ...base, nativeSide: 'token0' })
    if (!plan.ok) throw new Error(plan.message)
    const add = plan.requests.at(-1)
    if (!add) throw new Error('no add')
    expect(plan.requests.map((r) => r.kind)).toEqual(['approve-token1-reset', 'approve-token1', 'create-v2'])
    const decoded = decodeFunctionData({ abi: v2RouterWriteAbi, data: add.data })
    expect(decoded.functionName).toBe('addLiquidityETH')
    expect(decoded.args).toEqual([
      pool.token1.address,
      base.amount1Wei,
      base.amount1Wei,
      base.amount0Wei,
      account,
      live.blockTimestamp + 1200n,
    ])
    expect(add.valueWei).toBe(base.amount0Wei)
  })
  it('refuses more than the balance (ETH when paying in ETH), saying how much is missing', () => {
    expect(buildCreatePairPlan({ ...base, amount1Wei: 10n ** 12n + 1n })).toMatchObject({
      ok: false,
      field: 'balance',
      message: expect.stringContaining('Insufficient PSTD'),
    })
    expect(buildCreatePairPlan({ ...base, amount0Wei: 6n * 10n ** 18n, nativeSide: 'token0' })).toMatchObject(
      {
        ok: false,
        message: expect.stringContaining('Insufficient ETH'),
      },
    )
  })
})
