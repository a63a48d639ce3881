import type { Address } from 'viem'
import { ETHEREUM_UNI_FARMS } from '../../src/chain/catalogue/ethereumFarms.ts'
import { publicTokensByChainId } from '../../src/chain/catalogue/publicCatalogues.ts'
import mainnetTokenList from '../../src/chain/catalogue/tokens/1.json' with { type: 'json' }
import baseTokenList from '../../src/chain/catalogue/tokens/8453.json' with { type: 'json' }
import arbitrumTokenList from '../../src/chain/catalogue/tokens/42161.json' with { type: 'json' }
import { publicUniswapContracts } from '../../src/chain/catalogue/uniswapContracts.ts'

export {
  REPLICA_CHAINS,
  REPLICA_SPECS,
  type ReplicaChain,
  type ReplicaSpec,
  replicaAppEnv,
  replicaDeploymentBlock,
} from './shape.ts'

import { REPLICA_CHAINS, REPLICA_SPECS, type ReplicaChain } from './shape.ts'

/** Tokens a replica may place. `BTC` is WBTC, or cbBTC where the chain has no WBTC (Base). */
export type ReplicaTokenKey = 'WETH' | 'USDC' | 'USDT' | 'DAI' | 'BTC' | 'UNI'

/** How a token's code is made: WETH9, a proxied FiatToken layout, Tether-like, or a plain ERC20. */
export type ReplicaTokenKind = 'weth9' | 'fiat-token' | 'usdt-like' | 'erc20'

export interface ReplicaTokenSpec {
  key: ReplicaTokenKey
  kind: ReplicaTokenKind
  address: Address
  name: string
  symbol: string
  decimals: number
  initialPriceUsd: number
  /** Per-step volatility of the seeded walk (uniform ±sigma). */
  sigma: number
  tags: readonly string[]
}

interface ListedToken {
  address: string
  symbol: string
  decimals: number
}

const TOKEN_LISTS: Record<ReplicaChain, readonly ListedToken[]> = {
  ethereum: mainnetTokenList.tokens,
  arbitrum: arbitrumTokenList.tokens,
  base: baseTokenList.tokens,
}

/** A token's address: the app's catalogue first, else the generated token list by exact symbol. */
function tokenAddress(chain: ReplicaChain, symbol: string): Address | undefined {
  const catalogue = publicTokensByChainId[REPLICA_SPECS[chain].chainId] ?? {}
  const fromCatalogue = catalogue[symbol]
  if (fromCatalogue) return fromCatalogue
  const listed = TOKEN_LISTS[chain].find((token) => token.symbol === symbol)
  return listed?.address as Address | undefined
}

interface TokenTemplate {
  key: ReplicaTokenKey
  symbol: string
  kind: ReplicaTokenKind
  name: string
  decimals: number
  initialPriceUsd: number
  sigma: number
  tags: readonly string[]
}

/** Real decimals; prices and volatility per 30-minute step of the seeded walk. */
function templates(chain: ReplicaChain): TokenTemplate[] {
  const btcSymbol = chain === 'base' ? 'cbBTC' : 'WBTC'
  return [
    {
      key: 'WETH',
      symbol: 'WETH',
      kind: 'weth9',
      name: 'Wrapped Ether',
      decimals: 18,
      initialPriceUsd: 3_000,
      sigma: 0.008,
      tags: ['wrapped-native'],
    },
    {
      key: 'USDC',
      symbol: 'USDC',
      kind: 'fiat-token',
      name: 'USD Coin',
      decimals: 6,
      initialPriceUsd: 1,
      sigma: 0,
      tags: ['stablecoin'],
    },
    {
      key: 'USDT',
      symbol: 'USDT',
      kind: 'usdt-like',
      name: 'Tether USD',
      decimals: 6,
      initialPriceUsd: 1,
      sigma: 0.0003,
      tags: ['stablecoin'],
    },
    {
      key: 'DAI',
      symbol: 'DAI',
      kind: 'erc20',
      name: 'Dai Stablecoin',
      decimals: 18,
      initialPriceUsd: 1,
      sigma: 0.0004,
      tags: ['stablecoin'],
    },
    {
      key: 'BTC',
      symbol: btcSymbol,
      kind: 'erc20',
      name: chain === 'base' ? 'Coinbase Wrapped BTC' : 'Wrapped BTC',
      decimals: 8,
      initialPriceUsd: 60_000,
      sigma: 0.006,
      tags: [],
    },
    {
      key: 'UNI',
      symbol: 'UNI',
      kind: 'erc20',
      name: 'Uniswap',
      decimals: 18,
      initialPriceUsd: 8,
      sigma: 0.012,
      tags: ['reward'],
    },
  ]
}

/**
 * The tokens a replica places, at the chain's real addresses (catalogue, else token list). A token
 * neither carries is skipped rather than given an invented address (USDT on Arbitrum and Base: the
 * list has only USDT0 there).
 */
export function replicaTokenSpecs(chain: ReplicaChain): ReplicaTokenSpec[] {
  const specs: ReplicaTokenSpec[] = []
  for (const template of templates(chain)) {
    const address = tokenAddress(chain, template.symbol)
    if (!address) continue
    const { symbol: _symbol, ...rest } = template
    specs.push({ ...rest, symbol: template.symbol, address })
  }
  return specs
}

/** The canonical contracts of the chain, as the app ships them. */
export function canonicalContracts(chain: ReplicaChain) {
  const chainId = REPLICA_SPECS[chain].chainId as keyof typeof publicUniswapContracts
  return publicUniswapContracts[chainId]
}

/** Real StakingRewards farms of the chain (Ethereum's 2020 UNI farms; none elsewhere). */
export function replicaFarms(chain: ReplicaChain) {
  return chain === 'ethereum' ? ETHEREUM_UNI_FARMS : []
}

/** Is `value` a replica chain name? */
export function isReplicaChain(value: string): value is ReplicaChain {
  return (REPLICA_CHAINS as readonly string[]).includes(value)
}
