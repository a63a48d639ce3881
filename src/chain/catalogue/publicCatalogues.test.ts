import { createRequire } from 'node:module'
import { getAddress } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { computeV3PoolAddress } from '../../domain/pools/computeV3PoolAddress.ts'
import { getPricingConfig } from './pricingConfig.ts'
import { publicCatalogueCores, publicTokensByChainId } from './publicCatalogues.ts'
import { publicUniswapContracts } from './uniswapContracts.ts'

// The published token list is CommonJS JSON: load it the Node way (test-only devDependency).
const tokenList = createRequire(import.meta.url)('@uniswap/default-token-list') as {
  tokens: { chainId: number; address: string; symbol: string }[]
}

const PUBLIC_CHAINS = [mainnet.id, arbitrum.id, optimism.id, base.id, polygon.id] as const

describe('#getPricingConfig (public chains, from their catalogues)', () => {
  it.each(PUBLIC_CHAINS)(
    'chain %i: every token is on the Uniswap default token list of that chain',
    (chainId) => {
      const listed = new Set(tokenList.tokens.filter((t) => t.chainId === chainId).map((t) => t.address))
      for (const [symbol, address] of Object.entries(publicTokensByChainId[chainId] ?? {}))
        expect([symbol, listed.has(address)]).toEqual([symbol, true])
    },
  )

  it.each(PUBLIC_CHAINS)(
    'chain %i: checksummed, sorted, address = CREATE2(factory, tokens, fee)',
    (chainId) => {
      const config = getPricingConfig(chainId)
      const factory = publicUniswapContracts[chainId].v3Factory
      if (!config || !factory) throw new Error(`no pricing config for ${chainId}`)
      expect(config.pools.length).toBeGreaterThanOrEqual(3)
      expect(getAddress(config.usdToken)).toBe(config.usdToken)
      expect(config.usdToken).toBe(publicTokensByChainId[chainId]?.USDC)
      for (const pool of config.pools) {
        expect(getAddress(pool.token0)).toBe(pool.token0)
        expect(getAddress(pool.token1)).toBe(pool.token1)
        expect(pool.token0.toLowerCase() < pool.token1.toLowerCase()).toBe(true)
        expect(pool.address).toBe(computeV3PoolAddress(factory, pool.token1, pool.token0, pool.fee ?? -1))
      }
      // USD reaches WETH in one hop on every chain.
      const weth = publicTokensByChainId[chainId]?.WETH
      expect(
        config.pools.some(
          (p) =>
            [p.token0, p.token1].includes(config.usdToken) && [p.token0, p.token1].includes(weth as never),
        ),
      ).toBe(true)
    },
  )

  it('derived addresses match well-known deployed pools (independent check of factory + init code hash)', () => {
    const address = (chainId: number, index: number) => getPricingConfig(chainId)?.pools[index]?.address
    // Arbitrum WETH/USDC 0.05 %, WETH/USDC.e 0.05 %, WBTC/WETH 0.05 %; Optimism WETH/USDC.e 0.05 %;
    // Polygon WETH/USDC.e 0.05 %; Base WETH/USDC 0.05 % (Base has its own factory).
    expect(address(arbitrum.id, 0)).toBe('0xC6962004f452bE9203591991D15f6b388e09E8D0')
    expect(address(arbitrum.id, 1)).toBe('0xC31E54c7a869B9FcBEcc14363CF510d1c41fa443')
    expect(address(arbitrum.id, 2)).toBe('0x2f5e87C9312fa29aed5c179E456625D79015299c')
    expect(address(optimism.id, 1)).toBe('0x85149247691df622eaF1a8Bd0CaFd40BC45154a9')
    expect(address(polygon.id, 1)).toBe('0x45dDa9cb7c25131DF268515131f647d726f50608')
    expect(address(base.id, 0)).toBe('0xd0b53D9277642d899DF5C87A3966A349A798F224')
    // Mainnet USDC/WETH 0.05 %, WBTC/WETH 0.3 %, DAI/USDC 0.01 % (etherscan), UNI/WETH 0.3 %.
    expect(address(mainnet.id, 0)).toBe('0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640')
    expect(address(mainnet.id, 1)).toBe('0xCBCdF9626bC03E24f779434178A73a0B4bad62eD')
    expect(address(mainnet.id, 2)).toBe('0x5777d92f208679DB4b9778590Fa3CAB3aC9e2168')
    expect(address(mainnet.id, 3)).toBe('0x1d42064Fc4Beb5F8aAF85F4617AE8b3b5B8Bd801')
  })

  it.each(PUBLIC_CHAINS)('chain %i: known V3 pools carry the tick spacing of their fee tier', (chainId) => {
    const spacing: Record<number, number> = { 100: 1, 500: 10, 3000: 60, 10000: 200 }
    for (const pool of publicCatalogueCores[chainId]?.v3Pools ?? [])
      expect([pool.fee, pool.tickSpacing]).toEqual([pool.fee, spacing[pool.fee]])
  })

  it('unknown chains still have no route ("no price", never 0)', () => {
    expect(getPricingConfig(56)).toBeUndefined()
  })
})
