import type { Address } from 'viem'
import { arbitrum, base, mainnet } from 'viem/chains'
import { ETHEREUM_UNI_FARMS } from '../../src/chain/catalogue/ethereumFarms.ts'
import { publicTokensByChainId } from '../../src/chain/catalogue/publicCatalogues.ts'
import mainnetTokenList from '../../src/chain/catalogue/tokens/1.json' with { type: 'json' }
import baseTokenList from '../../src/chain/catalogue/tokens/8453.json' with { type: 'json' }
import arbitrumTokenList from '../../src/chain/catalogue/tokens/42161.json' with { type: 'json' }
import { publicUniswapContracts } from '../../src/chain/catalogue/uniswapContracts.ts'

/** A public chain a replica imitates. */
export type ReplicaChain = 'ethereum' | 'arbitrum' | 'base'

export const REPLICA_CHAINS: readonly ReplicaChain[] = ['ethereum', 'arbitrum', 'base']

/** Shape of each replica: the real chain id, a real-order head, real and replica block rates. */
export interface ReplicaSpec {
  chainId: number
  /** anvil's genesis block number (`--number`): the real chain's order of magnitude. */
  genesisNumber: number
  /** Blocks per hour on the real chain (the limits proxy scales its ranges by replica / real). */
  realBlocksPerHour: number
  /** Interval mining of a started replica, seconds (cheap: far fewer blocks than the real chain). */
  blockTimeSec: number
}

/**
 * One block every 2 minutes on every replica, in the seeded history (empty blocks fill each step) and
 * after the start (interval mining): the block rate is the same before and after the start, so the
 * limits proxy's range scaling (replica / real blocks per hour) holds for any window, and the head is
 * never older than the app's 180 s staleness limit.
 */
const REPLICA_BLOCK_TIME_SEC = 120

export const REPLICA_SPECS: Record<ReplicaChain, ReplicaSpec> = {
  ethereum: {
    chainId: mainnet.id,
    genesisNumber: 21_000_000,
    realBlocksPerHour: 300,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
  arbitrum: {
    chainId: arbitrum.id,
    genesisNumber: 250_000_000,
    realBlocksPerHour: 14_400,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
  base: {
    chainId: base.id,
    genesisNumber: 20_000_000,
    realBlocksPerHour: 1_800,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
}

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

/** The first block a fresh replica places contracts in: the one after its genesis (checked when seeding). */
export function replicaDeploymentBlock(spec: Pick<ReplicaSpec, 'genesisNumber'>): number {
  return spec.genesisNumber + 1
}

/**
 * The build-time env that makes the app read every replica chain like the public chain it copies, with
 * the replica's deployment block as the start of event scans (`VITE_DEPLOYMENT_BLOCK_<chainId>`) and a
 * public RPC's rate limit (`VITE_RPC_RATE_LIMIT_<chainId>`): the
 * browser tests' build uses it (scripts/test.mjs) and so does `npm start -- --replica`.
 */
export function replicaAppEnv(): Record<string, string> {
  return Object.fromEntries(
    REPLICA_CHAINS.flatMap((chain) => {
      const spec = REPLICA_SPECS[chain]
      return [
        [`VITE_DEPLOYMENT_BLOCK_${spec.chainId}`, String(replicaDeploymentBlock(spec))],
        // A replica stands for a public RPC: read it with a public RPC's rate limit, although it is on loopback.
        [`VITE_RPC_RATE_LIMIT_${spec.chainId}`, '20/8'],
      ]
    }),
  )
}
