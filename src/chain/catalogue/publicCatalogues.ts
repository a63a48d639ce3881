import type { Address } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import type { CatalogueContracts, CatalogueCore, V3PoolInfo } from '../../domain/catalogue/types.ts'
import { computeV3PoolAddress } from '../../domain/pools/computeV3PoolAddress.ts'
import { deploymentBlocksOf, earliestDeploymentBlock } from './deploymentBlocks.ts'
import { ETHEREUM_UNI_FARMS } from './ethereumFarms.ts'
import { mainPairsOf } from './mainPairs.ts'
import { publicUniswapContracts } from './uniswapContracts.ts'

/** Tick spacing of each standard V3 fee tier (the factory's enableFeeAmount table). */
const TICK_SPACING: Readonly<Record<number, number>> = { 100: 1, 500: 10, 3000: 60, 10000: 200 }

/**
 * A known V3 pool of the chain's canonical factory: tokens sorted like the factory sorts them, address
 * derived with CREATE2 (exact, no lookup). A pool that was never created simply fails its slot0 read
 * and is skipped by the price router.
 */
function v3Pool(contracts: CatalogueContracts, tokenA: Address, tokenB: Address, fee: number): V3PoolInfo {
  const [token0, token1] = tokenA.toLowerCase() < tokenB.toLowerCase() ? [tokenA, tokenB] : [tokenB, tokenA]
  const tickSpacing = TICK_SPACING[fee]
  if (tickSpacing === undefined) throw new Error(`not a standard fee tier: ${fee}`)
  return {
    address: computeV3PoolAddress(contracts.v3Factory, token0, token1, fee),
    token0,
    token1,
    fee,
    tickSpacing,
  }
}

/*
 * Tokens: checked against @uniswap/default-token-list (publicCatalogues.test.ts). Native USDC is the USD
 * anchor; bridged USDC.e (and Base's USDbC) is priced through its own WETH pool, so positions in either get a
 * price. Fee tiers are the deepest Uniswap pools of each pair. Mainnet pools (checked on etherscan):
 * USDC/WETH 0.05 %, WBTC/WETH 0.3 %, DAI/USDC 0.01 %, UNI/WETH 0.3 % (prices the UNI that the 2020 farms pay).
 */
const MAINNET = {
  WETH: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
  USDC: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
  WBTC: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599',
  DAI: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
  USDT: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
  UNI: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
} as const satisfies Record<string, Address>
const ARBITRUM = {
  WETH: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1',
  USDC: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
  USDCe: '0xFF970A61A04b1cA14834A43f5dE4533eBDDB5CC8',
  WBTC: '0x2f2a2543B76A4166549F7aaB2e75Bef0aefC5B0f',
  DAI: '0xDA10009cBd5D07dd0CeCc66161FC93D7c9000da1',
} as const satisfies Record<string, Address>
const OPTIMISM = {
  WETH: '0x4200000000000000000000000000000000000006',
  USDC: '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85',
  USDCe: '0x7F5c764cBc14f9669B88837ca1490cCa17c31607',
  WBTC: '0x68f180fcCe6836688e9084f035309E29Bf0A2095',
  DAI: '0xDA10009cBd5D07dd0CeCc66161FC93D7c9000da1',
} as const satisfies Record<string, Address>
const BASE = {
  WETH: '0x4200000000000000000000000000000000000006',
  USDC: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
  USDbC: '0xd9aAEc86B65D86f6A7B5B1b0c42FFA531710b6CA',
  cbBTC: '0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf',
  DAI: '0x50c5725949A6F0c72E6C4a641F24049A917DB0Cb',
} as const satisfies Record<string, Address>
const POLYGON = {
  WETH: '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619',
  USDC: '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359',
  USDCe: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174',
  WBTC: '0x1BFD67037B42Cf73acF2047067bd4F2C47D9BfD6',
  DAI: '0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063',
  WMATIC: '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270',
} as const satisfies Record<string, Address>

/** The anchor and route tokens of each public chain, by symbol (exported for the catalogue tests). */
export const publicTokensByChainId: Readonly<Record<number, Readonly<Record<string, Address>>>> = {
  [mainnet.id]: MAINNET,
  [arbitrum.id]: ARBITRUM,
  [optimism.id]: OPTIMISM,
  [base.id]: BASE,
  [polygon.id]: POLYGON,
}

/** USDC/WETH, bridged USDC/WETH, WBTC/WETH and DAI/USDC: the routes every L2 below shares. */
function l2Pools(
  contracts: CatalogueContracts,
  t: typeof ARBITRUM | typeof OPTIMISM | typeof POLYGON,
): V3PoolInfo[] {
  return [
    v3Pool(contracts, t.WETH, t.USDC, 500),
    v3Pool(contracts, t.WETH, t.USDCe, 500),
    v3Pool(contracts, t.WBTC, t.WETH, 500),
    v3Pool(contracts, t.DAI, t.USDC, 100),
    v3Pool(contracts, t.DAI, t.USDCe, 100),
  ]
}

/** The first block a public chain's scans start at: its contracts' deployment (never 0). */
function publicStartBlock(chainId: number): number {
  const blocks = deploymentBlocksOf(chainId)
  if (!blocks) throw new Error(`no deployment blocks recorded for chain ${chainId}`)
  return Number(earliestDeploymentBlock(blocks))
}

/**
 * A public chain: its contracts' deployment block (bounded reads only), no known pairs or incentives; farms
 * only where real ones exist (optional `stakingRewards`, default none).
 */
function publicCore(
  chainId: keyof typeof publicUniswapContracts,
  parts: Pick<CatalogueCore, 'anchors' | 'poolsList'> &
    Partial<Pick<CatalogueCore, 'stakingRewards'>> & { v3Pools: (c: CatalogueContracts) => V3PoolInfo[] },
): CatalogueCore {
  const contracts: CatalogueContracts = publicUniswapContracts[chainId]
  return {
    chainId,
    contracts,
    startBlock: publicStartBlock(chainId),
    fullHistory: false,
    anchors: parts.anchors,
    v3Pools: parts.v3Pools(contracts),
    v2Pairs: [],
    stakingRewards: parts.stakingRewards ?? [],
    v3Incentives: [],
    poolsList: parts.poolsList,
  }
}

/** The catalogue (without its token list) of every public chain Poolscope supports, by chain id. */
export const publicCatalogueCores: Readonly<Record<number, CatalogueCore>> = {
  [mainnet.id]: publicCore(mainnet.id, {
    anchors: {
      usdToken: MAINNET.USDC,
      stablecoins: [MAINNET.USDC, MAINNET.DAI, MAINNET.USDT],
      wrappedNative: MAINNET.WETH,
    },
    v3Pools: (c) => [
      v3Pool(c, MAINNET.USDC, MAINNET.WETH, 500),
      v3Pool(c, MAINNET.WBTC, MAINNET.WETH, 3000),
      v3Pool(c, MAINNET.DAI, MAINNET.USDC, 100),
      v3Pool(c, MAINNET.UNI, MAINNET.WETH, 3000),
    ],
    poolsList: { from: 'factories', pairs: mainPairsOf(mainnet.id) },
    stakingRewards: ETHEREUM_UNI_FARMS,
  }),
  [arbitrum.id]: publicCore(arbitrum.id, {
    anchors: {
      usdToken: ARBITRUM.USDC,
      stablecoins: [ARBITRUM.USDC, ARBITRUM.USDCe, ARBITRUM.DAI],
      wrappedNative: ARBITRUM.WETH,
    },
    v3Pools: (c) => l2Pools(c, ARBITRUM),
    poolsList: { from: 'factories', pairs: mainPairsOf(arbitrum.id) },
  }),
  [optimism.id]: publicCore(optimism.id, {
    anchors: {
      usdToken: OPTIMISM.USDC,
      stablecoins: [OPTIMISM.USDC, OPTIMISM.USDCe, OPTIMISM.DAI],
      wrappedNative: OPTIMISM.WETH,
    },
    v3Pools: (c) => l2Pools(c, OPTIMISM),
    poolsList: { from: 'factories', pairs: mainPairsOf(optimism.id) },
  }),
  [base.id]: publicCore(base.id, {
    anchors: {
      usdToken: BASE.USDC,
      stablecoins: [BASE.USDC, BASE.USDbC, BASE.DAI],
      wrappedNative: BASE.WETH,
    },
    v3Pools: (c) => [
      v3Pool(c, BASE.WETH, BASE.USDC, 500),
      v3Pool(c, BASE.WETH, BASE.USDbC, 500),
      v3Pool(c, BASE.cbBTC, BASE.WETH, 500),
      v3Pool(c, BASE.DAI, BASE.USDC, 100),
    ],
    poolsList: { from: 'factories', pairs: mainPairsOf(base.id) },
  }),
  [polygon.id]: publicCore(polygon.id, {
    anchors: {
      usdToken: POLYGON.USDC,
      stablecoins: [POLYGON.USDC, POLYGON.USDCe, POLYGON.DAI],
      wrappedNative: POLYGON.WMATIC,
    },
    v3Pools: (c) => [
      ...l2Pools(c, POLYGON),
      v3Pool(c, POLYGON.WMATIC, POLYGON.USDCe, 500),
      v3Pool(c, POLYGON.WMATIC, POLYGON.WETH, 500),
    ],
    poolsList: { from: 'factories', pairs: mainPairsOf(polygon.id) },
  }),
}
