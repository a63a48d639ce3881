import type { Address } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'

/** A pair of tokens the pools page lists on a public chain (every V3 fee tier plus the V2 pair). */
export type MainPair = readonly [Address, Address]

/*
 * The tokens of the main pairs, by symbol, as the bundled token lists (src/chain/catalogue/tokens/<id>.json,
 * pruned from @uniswap/default-token-list) spell them; mainPairs.test.ts checks every address against
 * @uniswap/default-token-list. Kept apart from publicCatalogues.ts's tables so that file imports this one
 * and not the reverse. Arbitrum's USDT is USDT0 (the token list's symbol for it there).
 */
export const mainPairTokensByChainId: Readonly<Record<number, Readonly<Record<string, Address>>>> = {
  [mainnet.id]: {
    WETH: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
    USDC: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
    USDT: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
    DAI: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
    WBTC: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599',
    UNI: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
  },
  [arbitrum.id]: {
    WETH: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1',
    USDC: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
    'USDC.e': '0xFF970A61A04b1cA14834A43f5dE4533eBDDB5CC8',
    USDT0: '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9',
    DAI: '0xDA10009cBd5D07dd0CeCc66161FC93D7c9000da1',
    WBTC: '0x2f2a2543B76A4166549F7aaB2e75Bef0aefC5B0f',
  },
  [optimism.id]: {
    WETH: '0x4200000000000000000000000000000000000006',
    USDC: '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85',
    'USDC.e': '0x7F5c764cBc14f9669B88837ca1490cCa17c31607',
    USDT: '0x94b008aA00579c1307B0EF2c499aD98a8ce58e58',
    DAI: '0xDA10009cBd5D07dd0CeCc66161FC93D7c9000da1',
    WBTC: '0x68f180fcCe6836688e9084f035309E29Bf0A2095',
  },
  [base.id]: {
    WETH: '0x4200000000000000000000000000000000000006',
    USDC: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
    USDbC: '0xd9aAEc86B65D86f6A7B5B1b0c42FFA531710b6CA',
    DAI: '0x50c5725949A6F0c72E6C4a641F24049A917DB0Cb',
    cbBTC: '0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf',
  },
  [polygon.id]: {
    WETH: '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619',
    USDC: '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359',
    'USDC.e': '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174',
    USDT: '0xc2132D05D31c914a87C6611C10748AEb04B58e8F',
    DAI: '0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063',
    WBTC: '0x1BFD67037B42Cf73acF2047067bd4F2C47D9BfD6',
    WMATIC: '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270',
  },
}

/** The main pairs of each public chain, by symbol (resolved through {@link mainPairTokensByChainId}). */
const MAIN_PAIR_SYMBOLS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  [mainnet.id]: [
    ['WETH', 'USDC'],
    ['WETH', 'USDT'],
    ['WBTC', 'WETH'],
    ['WBTC', 'USDC'],
    ['DAI', 'USDC'],
    ['USDC', 'USDT'],
    ['DAI', 'USDT'],
    ['WETH', 'DAI'],
    ['UNI', 'WETH'],
  ],
  [arbitrum.id]: [
    ['WETH', 'USDC'],
    ['WETH', 'USDC.e'],
    ['WETH', 'USDT0'],
    ['WBTC', 'WETH'],
    ['WBTC', 'USDC'],
    ['DAI', 'USDC'],
    ['USDC', 'USDT0'],
    ['USDC', 'USDC.e'],
    ['WETH', 'DAI'],
  ],
  [optimism.id]: [
    ['WETH', 'USDC'],
    ['WETH', 'USDC.e'],
    ['WETH', 'USDT'],
    ['WBTC', 'WETH'],
    ['DAI', 'USDC'],
    ['USDC', 'USDT'],
    ['USDC', 'USDC.e'],
    ['WETH', 'DAI'],
  ],
  [base.id]: [
    ['WETH', 'USDC'],
    ['WETH', 'USDbC'],
    ['cbBTC', 'WETH'],
    ['cbBTC', 'USDC'],
    ['DAI', 'USDC'],
    ['USDC', 'USDbC'],
    ['WETH', 'DAI'],
  ],
  [polygon.id]: [
    ['WETH', 'USDC'],
    ['WETH', 'USDC.e'],
    ['WETH', 'USDT'],
    ['WBTC', 'WETH'],
    ['DAI', 'USDC'],
    ['USDC', 'USDT'],
    ['USDC', 'USDC.e'],
    ['WMATIC', 'USDC'],
    ['WMATIC', 'WETH'],
    ['WETH', 'DAI'],
  ],
}

/**
 * The main pairs of `chainId` by token address: the pools page lists every V3 fee tier and the V2 pair of
 * each (those the factories report). Order as written (tokens not sorted).
 * @throws when a pair names a symbol the chain's table lacks (a programming error, caught by the tests)
 */
export function mainPairsOf(chainId: number): MainPair[] {
  const tokens = mainPairTokensByChainId[chainId] ?? {}
  return (MAIN_PAIR_SYMBOLS[chainId] ?? []).map(([a, b]) => {
    const tokenA = tokens[a]
    const tokenB = tokens[b]
    if (!tokenA || !tokenB) throw new Error(`chain ${chainId}: main pair ${a}/${b} names an unknown token`)
    return [tokenA, tokenB] as const
  })
}
