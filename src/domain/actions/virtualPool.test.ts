import { describe, expect, it } from 'vitest'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import { missingV3FeeTiers, sortTokens, virtualPoolChoice } from './virtualPool.ts'

const MAINNET_FACTORY = '0x1F98431c8aD98523631AE4a59f267346ea31F984'
const usdc: TokenInfo = {
  address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
  symbol: 'USDC',
  name: 'USD Coin',
  decimals: 6,
}
const weth: TokenInfo = {
  address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
  symbol: 'WETH',
  name: 'Wrapped Ether',
  decimals: 18,
}
const v3 = (fee: number): PoolChoice => ({
  protocol: 'v3',
  address: `0x${fee.toString(16).padStart(40, '0')}`,
  token0: usdc,
  token1: weth,
  fee,
  tickSpacing: 60,
})

describe('#virtualPoolChoice', () => {
  it('sorts the pair, takes the tier spacing and computes the address the factory will deploy to', () => {
    // Mainnet USDC/WETH 0.3 % lives at 0x8ad599c3…: the same CREATE2 derivation.
    const pool = virtualPoolChoice({
      factory: MAINNET_FACTORY,
      target: { tokenA: weth, tokenB: usdc, fee: 3000 },
      sqrtPriceX96: 123n,
    })
    expect(pool).toEqual({
      protocol: 'v3',
      address: '0x8ad599c3A0ff1De082011EFDDc58f1908eb6e6D8',
      token0: usdc,
      token1: weth,
      fee: 3000,
      tickSpacing: 60,
      create: { sqrtPriceX96: 123n },
    })
    expect(
      virtualPoolChoice({
        factory: MAINNET_FACTORY,
        target: { tokenA: usdc, tokenB: weth, fee: 10000 },
        sqrtPriceX96: 1n,
      }).tickSpacing,
    ).toBe(200)
  })
  it('refuses a one-token pair and a fee tier the factory does not enable', () => {
    const call = (tokenB: TokenInfo, fee: number) => () =>
      virtualPoolChoice({ factory: MAINNET_FACTORY, target: { tokenA: usdc, tokenB, fee }, sqrtPriceX96: 1n })
    expect(call(usdc, 3000)).toThrow('SAME_TOKEN')
    expect(call(weth, 2500)).toThrow('FEE_TIER')
  })
})

describe('#missingV3FeeTiers / #sortTokens', () => {
  it('lists the tiers without a listed V3 pool of the pair, in either token order', () => {
    expect(missingV3FeeTiers([v3(500), v3(3000)], weth.address, usdc.address)).toEqual([100, 10000])
    expect(missingV3FeeTiers([], usdc.address, weth.address)).toEqual([100, 500, 3000, 10000])
  })
  it('a V2 pair of the same tokens does not count as a V3 tier', () => {
    expect(missingV3FeeTiers([{ ...v3(3000), protocol: 'v2' }], usdc.address, weth.address)).toContain(3000)
  })
  it('sorts by address like the factory', () => {
    expect(sortTokens(weth, usdc)).toEqual([usdc, weth])
  })
})
