import { createRequire } from 'node:module'
import { getAddress } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from './getCatalogue.ts'
import { mainPairsOf, mainPairTokensByChainId } from './mainPairs.ts'
import { publicCatalogueCores } from './publicCatalogues.ts'

// The published token list is CommonJS JSON: load it the Node way (test-only devDependency).
const tokenList = createRequire(import.meta.url)('@uniswap/default-token-list') as {
  tokens: { chainId: number; address: string; symbol: string; decimals: number }[]
}

const PUBLIC_CHAINS = [mainnet.id, arbitrum.id, optimism.id, base.id, polygon.id] as const

describe('main pairs of the public chains', () => {
  it.each(PUBLIC_CHAINS)(
    'chain %i: every main-pair token is on the Uniswap default token list under its symbol',
    (chainId) => {
      const onChain = tokenList.tokens.filter((t) => t.chainId === chainId)
      const tokens = Object.entries(mainPairTokensByChainId[chainId] ?? {})
      expect(tokens.length).toBeGreaterThanOrEqual(5)
      for (const [symbol, address] of tokens) {
        const entry = onChain.find((t) => t.address === address)
        expect([symbol, address, entry?.symbol]).toEqual([symbol, getAddress(address), symbol])
      }
    },
  )

  it.each(PUBLIC_CHAINS)(
    'chain %i: the catalogue lists pools through the factories over its main pairs',
    async (chainId) => {
      const core = publicCatalogueCores[chainId]
      expect(core?.poolsList.from).toBe('factories')
      const pairs = core?.poolsList.from === 'factories' ? core.poolsList.pairs : []
      expect(pairs).toEqual(mainPairsOf(chainId))
      expect(pairs.length).toBeGreaterThanOrEqual(6)
      // Distinct, two different tokens each, and the bundled token list has both tokens' metadata.
      const keys = pairs.map(([a, b]) => [a.toLowerCase(), b.toLowerCase()].sort().join('-'))
      expect(new Set(keys).size).toBe(keys.length)
      const catalogue = await loadCatalogue(chainId)
      const listed = new Map(catalogue?.tokens.map((t) => [t.address, t]))
      for (const [a, b] of pairs) {
        expect(a.toLowerCase()).not.toBe(b.toLowerCase())
        for (const address of [a, b]) {
          const reference = tokenList.tokens.find((t) => t.chainId === chainId && t.address === address)
          expect([address, listed.get(address)?.decimals]).toEqual([address, reference?.decimals])
        }
      }
    },
  )

  it.each(PUBLIC_CHAINS)('chain %i: WETH/USDC is a main pair (USD reaches WETH)', (chainId) => {
    const tokens = mainPairTokensByChainId[chainId] ?? {}
    const keys = mainPairsOf(chainId).map(([a, b]) => [a, b].sort().join('-'))
    expect(keys).toContain([tokens.WETH, tokens.USDC].sort().join('-'))
  })

  it('a chain without a catalogue has no main pairs', () => {
    expect(mainPairsOf(56)).toEqual([])
  })
})
