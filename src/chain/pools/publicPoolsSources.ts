import type { Address } from 'viem'
import { mainnet } from 'viem/chains'
import { uniswapContractsByChainId } from '../../config/uniswapContracts.ts'
import type { TokenInfo } from '../../domain/catalogue/types.ts'

/** Where a public chain's pools list comes from: its factories and the tokens Poolscope tracks there. */
export interface PublicPoolsSource {
  chainId: number
  multicall3: Address
  v3Factory: Address
  v2Factory: Address
  v3Staker: Address
  /** The stablecoin USD values are routed to. */
  usdToken: Address
  tokens: readonly TokenInfo[]
}

/** Mainnet's tracked tokens (addresses and decimals checked on etherscan). */
const MAINNET_TOKENS: readonly TokenInfo[] = [
  {
    address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
    symbol: 'USDC',
    name: 'USD Coin',
    decimals: 6,
    tags: ['stablecoin'],
  },
  {
    address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
    symbol: 'WETH',
    name: 'Wrapped Ether',
    decimals: 18,
  },
  { address: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599', symbol: 'WBTC', name: 'Wrapped BTC', decimals: 8 },
  {
    address: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
    symbol: 'DAI',
    name: 'Dai Stablecoin',
    decimals: 18,
    tags: ['stablecoin'],
  },
  {
    address: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
    symbol: 'USDT',
    name: 'Tether USD',
    decimals: 6,
    tags: ['stablecoin'],
  },
]

const TOKENS_BY_CHAIN_ID: Readonly<Record<number, { usdToken: Address; tokens: readonly TokenInfo[] }>> = {
  [mainnet.id]: { usdToken: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', tokens: MAINNET_TOKENS },
}

/**
 * The pools source of a public chain: its Uniswap factories (src/config/uniswapContracts.ts) and a
 * tracked token list. Undefined where no token list or no V3 staker is configured.
 */
export function getPublicPoolsSource(chainId: number): PublicPoolsSource | undefined {
  const contracts = uniswapContractsByChainId[chainId]
  const tokens = TOKENS_BY_CHAIN_ID[chainId]
  if (!contracts || !tokens || !contracts.v3Staker) return undefined
  return {
    chainId,
    multicall3: contracts.multicall3,
    v3Factory: contracts.v3Factory,
    v2Factory: contracts.v2Factory,
    v3Staker: contracts.v3Staker,
    ...tokens,
  }
}
