import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { catalogueTokenAddresses, TOP_TOKEN_COUNT } from '../src/chain/catalogue/pruneTokenList.ts'
import { publicCatalogueCores } from '../src/chain/catalogue/publicCatalogues.ts'
import { tokenListFiles } from './generate-token-lists.ts'

const defaultList = createRequire(import.meta.url)('@uniswap/default-token-list') as {
  tokens: { chainId: number; address: string; symbol: string; name: string; decimals: number }[]
}

describe('bundled token lists (src/chain/catalogue/tokens/*.json)', () => {
  const files = tokenListFiles()

  it('one file per public catalogue chain, and regenerating gives the committed bytes', () => {
    expect(files.map((f) => f.file.split('/').pop()).sort()).toEqual(
      ['1.json', '10.json', '137.json', '42161.json', '8453.json'].sort(),
    )
    for (const { file, content } of files) expect([file, readFileSync(file, 'utf8')]).toEqual([file, content])
  })

  it.each(Object.values(publicCatalogueCores).map((core) => [core.chainId, core] as const))(
    'chain %i: every entry is the default list entry; catalogue tokens all in; at most 40 more',
    (chainId, core) => {
      const { tokens } = JSON.parse(readFileSync(`src/chain/catalogue/tokens/${chainId}.json`, 'utf8')) as {
        tokens: { address: string; symbol: string; name: string; decimals: number; tags?: string[] }[]
      }
      for (const token of tokens) {
        const entry = defaultList.tokens.find(
          (t) => t.chainId === chainId && t.address.toLowerCase() === token.address.toLowerCase(),
        )
        expect([token.symbol, token.name, token.decimals]).toEqual([
          entry?.symbol,
          entry?.name,
          entry?.decimals,
        ])
      }
      const addresses = new Set(tokens.map((t) => t.address.toLowerCase()))
      expect(addresses.size).toBe(tokens.length)
      const required = catalogueTokenAddresses(core)
      for (const address of required)
        expect([address, addresses.has(address.toLowerCase())]).toEqual([address, true])
      expect(tokens.length).toBeLessThanOrEqual(required.length + TOP_TOKEN_COUNT)
      // Pruned to the catalogue's tokens plus the top ones: more than the catalogue alone, and the whole
      // list only where it has no more than that (Polygon's 47 entries: 7 main-pair tokens + 40).
      expect(tokens.length).toBeGreaterThan(required.length)
      const full = defaultList.tokens.filter((t) => t.chainId === chainId).length
      expect(tokens.length).toBe(Math.min(full, required.length + TOP_TOKEN_COUNT))
      const tagged = (tag: string) =>
        tokens
          .filter((t) => t.tags?.includes(tag))
          .map((t) => t.address.toLowerCase())
          .sort()
      expect(tagged('stablecoin')).toEqual(core.anchors.stablecoins.map((a) => a.toLowerCase()).sort())
      expect(tagged('wrapped-native')).toEqual([core.anchors.wrappedNative.toLowerCase()])
    },
  )
})
