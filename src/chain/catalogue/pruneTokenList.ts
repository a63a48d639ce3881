import { type Address, getAddress } from 'viem'
import type { CatalogueCore, TokenInfo } from '../../domain/catalogue/types.ts'

/** One entry of a Uniswap-format token list (the fields the pruning reads). */
export interface TokenListEntry {
  chainId: number
  address: string
  symbol: string
  name: string
  decimals: number
}

/** How many tokens beyond the catalogue's own each public chain bundles. */
export const TOP_TOKEN_COUNT = 40

/** The addresses a chain's catalogue needs metadata for: its anchors, known pools and main-pair tokens. */
export function catalogueTokenAddresses(core: CatalogueCore): Address[] {
  const addresses: Address[] = [
    core.anchors.usdToken,
    ...core.anchors.stablecoins,
    core.anchors.wrappedNative,
    ...core.v3Pools.flatMap((pool) => [pool.token0, pool.token1]),
    ...core.v2Pairs.flatMap((pair) => [pair.token0, pair.token1]),
    ...(core.poolsList.from === 'factories' ? core.poolsList.pairs.flat() : []),
  ]
  const seen = new Set<string>()
  return addresses.filter((address) => {
    const key = address.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The token list Poolscope bundles for one chain, pruned from the full list. The rule:
 * 1. every token the catalogue names (pricing anchors, tokens of the known pools, pools-list tokens) —
 *    each must be on the list, or this throws;
 * 2. plus the {@link TOP_TOKEN_COUNT} other tokens of that chain whose symbol the list carries on the most
 *    chains (a popularity proxy the list itself gives: USDC, LINK or UNI are everywhere, a memecoin on
 *    one chain), ties by symbol then address.
 * Sorted by symbol then address; stablecoin anchors tagged 'stablecoin', the wrapped native 'wrapped-native'.
 * @returns the entries, addresses checksummed, deterministic for a given list version
 */
export function pruneTokenList(
  entries: readonly TokenListEntry[],
  core: CatalogueCore,
  topCount = TOP_TOKEN_COUNT,
): TokenInfo[] {
  const onChain = new Map<string, TokenListEntry>()
  for (const entry of entries)
    if (entry.chainId === core.chainId && !onChain.has(entry.address.toLowerCase()))
      onChain.set(entry.address.toLowerCase(), entry)
  const required = catalogueTokenAddresses(core).map((address) => address.toLowerCase())
  const missing = required.filter((address) => !onChain.has(address))
  if (missing.length > 0)
    throw new Error(`chain ${core.chainId}: not on the token list: ${missing.join(', ')}`)
  const chainsOfSymbol = new Map<string, Set<number>>()
  for (const entry of entries) {
    const chains = chainsOfSymbol.get(entry.symbol) ?? new Set<number>()
    chains.add(entry.chainId)
    chainsOfSymbol.set(entry.symbol, chains)
  }
  const spread = (entry: TokenListEntry) => chainsOfSymbol.get(entry.symbol)?.size ?? 0
  const requiredSet = new Set(required)
  const top = [...onChain.entries()]
    .filter(([address]) => !requiredSet.has(address))
    .map(([, entry]) => entry)
    .sort(
      (a, b) =>
        spread(b) - spread(a) ||
        byString(a.symbol, b.symbol) ||
        byString(a.address.toLowerCase(), b.address.toLowerCase()),
    )
    .slice(0, topCount)
  const chosen = [...required.map((address) => onChain.get(address) as TokenListEntry), ...top]
  const stablecoins = new Set(core.anchors.stablecoins.map((address) => address.toLowerCase()))
  const wrappedNative = core.anchors.wrappedNative.toLowerCase()
  return chosen
    .sort(
      (a, b) => byString(a.symbol, b.symbol) || byString(a.address.toLowerCase(), b.address.toLowerCase()),
    )
    .map((entry): TokenInfo => {
      const key = entry.address.toLowerCase()
      const tags = [
        ...(stablecoins.has(key) ? ['stablecoin'] : []),
        ...(key === wrappedNative ? ['wrapped-native'] : []),
      ]
      return {
        address: getAddress(entry.address),
        symbol: entry.symbol,
        name: entry.name,
        decimals: entry.decimals,
        ...(tags.length > 0 ? { tags } : {}),
      }
    })
}
