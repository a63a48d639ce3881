import { describe, expect, it } from 'vitest'
import { computeV2PairAddress } from './computeV2PairAddress.ts'

const V2_FACTORY = '0x5C69bEe701ef814a2B6a3EDD4B1652CB9cc5aA6f'
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const USDT = '0xdAC17F958D2ee523a2206206994597C13D831ec7'

describe('computeV2PairAddress', () => {
  it('gives the real mainnet pair addresses (as on etherscan), whatever the token order', () => {
    // USDC/WETH 0xB4e1…C9Dc and WETH/USDT 0x0d4a…1852: the staking tokens of two of the 2020 UNI farms.
    expect(computeV2PairAddress(V2_FACTORY, WETH, USDC).address).toBe(
      '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc',
    )
    expect(computeV2PairAddress(V2_FACTORY, USDC, WETH)).toEqual({
      address: '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc',
      token0: USDC,
      token1: WETH,
    })
    expect(computeV2PairAddress(V2_FACTORY, USDT, WETH).address).toBe(
      '0x0d4a11d5EEaaC28EC3F61d100daF4d40471f1852',
    )
  })
})
