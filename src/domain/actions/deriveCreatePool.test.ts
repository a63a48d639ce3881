import { describe, expect, it } from 'vitest'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import { computeV3PoolAddress } from '../pools/computeV3PoolAddress.ts'
import { type CreatePoolInput, deriveCreatePool } from './deriveCreatePool.ts'
import { startingSqrtPrice } from './startingSqrtPrice.ts'

const factory = '0x1F98431c8aD98523631AE4a59f267346ea31F984'
const weth: TokenInfo = {
  address: '0x1000000000000000000000000000000000000001',
  symbol: 'WETH',
  name: 'WETH',
  decimals: 18,
}
const usdc: TokenInfo = {
  address: '0x2000000000000000000000000000000000000002',
  symbol: 'USDC',
  name: 'USDC',
  decimals: 6,
}
const tokens = [weth, usdc]
const listed: PoolChoice = {
  protocol: 'v3',
  address: '0x3000000000000000000000000000000000000003',
  token0: weth,
  token1: usdc,
  fee: 3000,
  tickSpacing: 60,
}
const input = (next: Partial<CreatePoolInput> = {}): CreatePoolInput => ({
  tokenA: usdc.address,
  tokenB: weth.address,
  fee: 10000,
  priceText: '2000',
  direction: 'token1PerToken0',
  acknowledgedDeviation: false,
  ...next,
})
const sqrt = (text: string) => {
  const result = startingSqrtPrice(text, 18, 6)
  if (!result.ok) throw new Error(result.message)
  return result.sqrtPriceX96
}
const noPool = {
  existingPool: undefined,
  references: [{ protocol: 'v3' as const, fee: 3000, sqrtPriceX96: sqrt('2000') }],
}
const derive = (i: CreatePoolInput, check: Parameters<typeof deriveCreatePool>[0]['check'] = noPool) =>
  deriveCreatePool({ input: i, tokens, choices: [listed], factory, check })

describe('#deriveCreatePool', () => {
  it('ready: a virtual pool at the exact starting price, sorted, at the CREATE2 address, liquidity to come', () => {
    const result = derive(input())
    expect(result.status).toBe('ready')
    if (result.status !== 'ready') return
    expect(result.deviation?.deviationBps).toBe(0n)
    expect(result.pool).toEqual({
      protocol: 'v3',
      address: computeV3PoolAddress(factory, weth.address, usdc.address, 10000),
      token0: weth,
      token1: usdc,
      fee: 10000,
      tickSpacing: 200,
      create: { sqrtPriceX96: sqrt('2000') },
    })
  })
  it('a price > 5 % from the pair’s other pool needs an acknowledgment; 4 % does not', () => {
    expect(derive(input({ priceText: '2110' }))).toMatchObject({ status: 'needs-ack', pool: undefined })
    expect(derive(input({ priceText: '2110', acknowledgedDeviation: true }))).toMatchObject({
      status: 'ready',
      // 5.5 %; both sqrt prices are floored, so the exact comparison reads 549 bps.
      deviation: { strong: true, deviationBps: 549n },
    })
    expect(derive(input({ priceText: '2080' }))).toMatchObject({
      status: 'ready',
      deviation: { strong: false, deviationBps: 399n },
    })
  })
  it('the inverse quote reaches the same pool state', () => {
    const result = derive(input({ priceText: '0.0005', direction: 'token0PerToken1' }))
    expect(result.status === 'ready' && result.sqrtPriceX96).toBe(sqrt('2000'))
  })
  it('invalid prices surface their message', () => {
    expect(derive(input({ priceText: '-3' }))).toMatchObject({
      status: 'invalid-price',
      message: expect.stringMatching(/plain positive decimal/),
    })
    expect(derive(input({ priceText: '' }))).toMatchObject({
      status: 'invalid-price',
      message: 'Enter the starting price.',
    })
  })
  it('incomplete pair, same token, listed pool, unchecked and existing-but-unlisted pools do not proceed', () => {
    expect(derive(input({ tokenA: '' })).status).toBe('incomplete')
    expect(derive(input({ tokenB: usdc.address }))).toMatchObject({
      status: 'incomplete',
      message: 'A pool needs two different tokens.',
    })
    expect(derive(input({ fee: 3000 }))).toMatchObject({
      status: 'exists',
      listed: true,
      poolAddress: listed.address,
    })
    expect(
      deriveCreatePool({ input: input(), tokens, choices: [listed], factory, check: undefined }).status,
    ).toBe('checking')
    const onChain = '0x4000000000000000000000000000000000000004'
    expect(derive(input(), { existingPool: onChain, references: [] })).toMatchObject({
      status: 'exists',
      listed: false,
      poolAddress: onChain,
    })
  })
  it('no other pool of the pair: ready without a comparison', () => {
    expect(derive(input(), { existingPool: undefined, references: [] })).toMatchObject({
      status: 'ready',
      deviation: undefined,
    })
  })
})
