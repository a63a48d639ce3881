import { createRequire } from 'node:module'
import { getAddress } from 'viem'
import { arbitrum, base, optimism, polygon } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { uniswapContractsByChainId } from '../../config/uniswapContracts.ts'
import { computeV3PoolAddress } from '../../domain/pools/computeV3PoolAddress.ts'
import { getPricingConfig, pricingTokensByChainId } from './pricingPools.ts'

// The published token list is CommonJS JSON: load it the Node way (test-only devDependency).
const tokenList = createRequire(import.meta.url)('@uniswap/default-token-list') as {
  tokens: { chainId: number; address: string; symbol: string }[]
}

const PUBLIC_CHAINS = [arbitrum.id, optimism.id, base.id, polygon.id] as const

describe('#getPricingConfig (public L2s and Polygon)', () => {
  it.each(PUBLIC_CHAINS)(
    'chain %i: every token is on the Uniswap default token list of that chain',
    (chainId) => {
      const listed = new Set(tokenList.tokens.filter((t) => t.chainId === chainId).map((t) => t.address))
      for (const [symbol, address] of Object.entries(pricingTokensByChainId[chainId] ?? {}))
        expect([symbol, listed.has(address)]).toEqual([symbol, true])
    },
  )

  it.each(PUBLIC_CHAINS)(
    'chain %i: checksummed, sorted, address = CREATE2(factory, tokens, fee)',
    (chainId) => {
      const config = getPricingConfig(chainId)
      const factory = uniswapContractsByChainId[chainId]?.v3Factory
      if (!config || !factory) throw new Error(`no pricing config for ${chainId}`)
      expect(config.pools.length).toBeGreaterThanOrEqual(4)
      expect(getAddress(config.usdToken)).toBe(config.usdToken)
      expect(config.usdToken).toBe(pricingTokensByChainId[chainId]?.USDC)
      for (const pool of config.pools) {
        expect(getAddress(pool.token0)).toBe(pool.token0)
        expect(getAddress(pool.token1)).toBe(pool.token1)
        expect(pool.token0.toLowerCase() < pool.token1.toLowerCase()).toBe(true)
        expect(pool.address).toBe(computeV3PoolAddress(factory, pool.token1, pool.token0, pool.fee ?? -1))
      }
      // USD reaches WETH in one hop on every chain.
      const weth = pricingTokensByChainId[chainId]?.WETH
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
  })

  it('unknown chains still have no route ("no price", never 0)', () => {
    expect(getPricingConfig(56)).toBeUndefined()
  })
})
