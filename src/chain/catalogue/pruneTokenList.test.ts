import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { CatalogueCore } from '../../domain/catalogue/types.ts'
import { pruneTokenList, type TokenListEntry } from './pruneTokenList.ts'

const addr = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as Address
const entry = (chainId: number, n: number, symbol: string): TokenListEntry => ({
  chainId,
  address: addr(n),
  symbol,
  name: `${symbol} token`,
  decimals: 18,
})

/** A catalogue naming USD (token 1) and the wrapped native (token 2), with no pools. */
const core = {
  chainId: 7,
  anchors: { usdToken: addr(1), stablecoins: [addr(1)], wrappedNative: addr(2) },
  v3Pools: [],
  v2Pairs: [],
  poolsList: { from: 'none' },
} as unknown as CatalogueCore

describe('#pruneTokenList', () => {
  // Chain 7 carries USD, WNAT and AAA, BBB, CCC, DDD; other chains carry AAA ×3, CCC ×2, DDD ×1 more.
  const list: TokenListEntry[] = [
    entry(7, 1, 'USD'),
    entry(7, 2, 'WNAT'),
    entry(7, 3, 'BBB'),
    entry(7, 4, 'AAA'),
    entry(7, 5, 'CCC'),
    entry(7, 6, 'DDD'),
    entry(8, 10, 'AAA'),
    entry(9, 11, 'AAA'),
    entry(10, 12, 'AAA'),
    entry(8, 13, 'CCC'),
    entry(9, 14, 'CCC'),
    entry(8, 15, 'DDD'),
    entry(7, 4, 'AAA'),
  ]

  it('keeps the catalogue tokens plus the top N by chains carrying the symbol, sorted by symbol', () => {
    // Spread: AAA 4 chains, CCC 3, DDD 2, BBB 1 → the top 2 are AAA and CCC.
    const pruned = pruneTokenList(list, core, 2)
    expect(pruned.map((t) => t.symbol)).toEqual(['AAA', 'CCC', 'USD', 'WNAT'])
    expect(pruned.find((t) => t.symbol === 'USD')?.tags).toEqual(['stablecoin'])
    expect(pruned.find((t) => t.symbol === 'WNAT')?.tags).toEqual(['wrapped-native'])
    expect(pruned.find((t) => t.symbol === 'AAA')).toEqual({
      address: addr(4),
      symbol: 'AAA',
      name: 'AAA token',
      decimals: 18,
    })
    // Ties (none left to break here) and top 0: only the catalogue's own.
    expect(pruneTokenList(list, core, 0).map((t) => t.symbol)).toEqual(['USD', 'WNAT'])
  })

  it('throws, naming the address, when a catalogue token is not on the list', () => {
    expect(() => pruneTokenList(list.slice(1), core)).toThrow(addr(1))
  })
})
