/** Every token the devnet deploys, in deployment order (the order fixes the addresses). */

export type TokenKind = 'standard' | 'bytes32-metadata' | 'no-name'

export interface TokenSpec {
  /** Key used inside the devnet code. */
  key: TokenKey
  kind: TokenKind
  name: string
  symbol: string
  decimals: number
  /** Starting USD price of one whole token for the seeded market. */
  initialPriceUsd: number
  tags: readonly string[]
}

export type TokenKey =
  | 'USDC'
  | 'WBTC'
  | 'DAI'
  | 'FARM'
  | 'MKR'
  | 'NONAME'
  | 'ZERO'
  | 'YOCTO'
  | 'LONG'
  | 'HTML'
  | 'WETH'

export const HTML_SYMBOL = '<img src=x onerror=alert(1)>'
export const LONG_SYMBOL = 'SUPERCALIFRAGILISTICEXPIALIDOCIOUSLIQUIDITYPROVIDERTOKEN2026'

export const TOKEN_SPECS: readonly TokenSpec[] = [
  {
    key: 'USDC',
    kind: 'standard',
    name: 'USD Coin (Devnet)',
    symbol: 'USDC',
    decimals: 6,
    initialPriceUsd: 1,
    tags: ['stablecoin'],
  },
  {
    key: 'WBTC',
    kind: 'standard',
    name: 'Wrapped BTC (Devnet)',
    symbol: 'WBTC',
    decimals: 8,
    initialPriceUsd: 60_000,
    tags: [],
  },
  {
    key: 'DAI',
    kind: 'standard',
    name: 'Poolscope DAI',
    symbol: 'DAI',
    decimals: 18,
    initialPriceUsd: 1,
    tags: ['stablecoin'],
  },
  {
    key: 'FARM',
    kind: 'standard',
    name: 'Farm Reward',
    symbol: 'FARM',
    decimals: 18,
    initialPriceUsd: 0.5,
    tags: ['reward'],
  },
  {
    key: 'MKR',
    kind: 'bytes32-metadata',
    name: 'Maker (bytes32)',
    symbol: 'MKR',
    decimals: 18,
    initialPriceUsd: 1_500,
    tags: ['odd-metadata', 'bytes32-metadata'],
  },
  {
    key: 'NONAME',
    kind: 'no-name',
    name: '',
    symbol: 'NONAME',
    decimals: 18,
    initialPriceUsd: 3,
    tags: ['odd-metadata', 'no-name'],
  },
  {
    key: 'ZERO',
    kind: 'standard',
    name: 'Zero Decimals Token',
    symbol: 'ZERO',
    decimals: 0,
    initialPriceUsd: 5,
    tags: ['odd-metadata', 'zero-decimals'],
  },
  {
    key: 'YOCTO',
    kind: 'standard',
    name: 'Yocto Token',
    symbol: 'YOCTO',
    decimals: 24,
    initialPriceUsd: 0.01,
    tags: ['odd-metadata', 'many-decimals'],
  },
  {
    key: 'LONG',
    kind: 'standard',
    name: 'Token With An Extremely Long Symbol',
    symbol: LONG_SYMBOL,
    decimals: 18,
    initialPriceUsd: 1,
    tags: ['odd-metadata', 'long-symbol'],
  },
  {
    key: 'HTML',
    kind: 'standard',
    name: '<b>Injected</b> Token',
    symbol: HTML_SYMBOL,
    decimals: 18,
    initialPriceUsd: 0.1,
    tags: ['odd-metadata', 'html-symbol'],
  },
]

/** WETH9 comes from the Uniswap V2 periphery build; listed separately from the compiled tokens. */
export const WETH_SPEC: TokenSpec = {
  key: 'WETH',
  kind: 'standard',
  name: 'Wrapped Ether',
  symbol: 'WETH',
  decimals: 18,
  initialPriceUsd: 3_000,
  tags: ['wrapped-native'],
}
