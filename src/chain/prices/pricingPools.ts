import type { Address } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'
import { uniswapContractsByChainId } from '../../config/uniswapContracts.ts'
import { computeV3PoolAddress } from '../../domain/pools/computeV3PoolAddress.ts'
import type { PricingConfig, PricingPool } from '../../domain/pricing/pricingTypes.ts'

/**
 * A V3 pricing pool of the chain's canonical factory: tokens sorted like the factory sorts them,
 * address derived with CREATE2 (exact, no lookup). A pool that was never created simply fails its
 * slot0 read and is skipped by the router.
 */
function v3Pool(chainId: number, tokenA: Address, tokenB: Address, fee: number): PricingPool {
  const factory = uniswapContractsByChainId[chainId]?.v3Factory
  if (!factory) throw new Error(`no V3 factory for chain ${chainId}`)
  const [token0, token1] = tokenA.toLowerCase() < tokenB.toLowerCase() ? [tokenA, tokenB] : [tokenB, tokenA]
  return { kind: 'v3', address: computeV3PoolAddress(factory, token0, token1, fee), token0, token1, fee }
}

/*
 * L2 and Polygon tokens: checked against @uniswap/default-token-list (pricingPools.test.ts).
 * Native USDC is the USD anchor; bridged USDC.e (and Base's USDbC) is priced through its own WETH
 * pool, so positions in either get a price. Fee tiers are the deepest Uniswap pools of each pair.
 */
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

/** Tokens of the public-chain routes, by chain id (exported for the config test). */
export const pricingTokensByChainId: Readonly<Record<number, Readonly<Record<string, Address>>>> = {
  [arbitrum.id]: ARBITRUM,
  [optimism.id]: OPTIMISM,
  [base.id]: BASE,
  [polygon.id]: POLYGON,
}

/*
 * Routes are found at read time (src/chain/prices/computeUsdPrices.ts): each token is priced through
 * its deepest configured pool against an already-priced token, fewest hops first.
 * Mainnet pools (checked on etherscan): USDC/WETH 0.05 %, WBTC/WETH 0.3 %, DAI/USDC 0.01 %.
 */
const pricingConfigByChainId: Readonly<Record<number, PricingConfig>> = {
  [DEVNET_CHAIN_ID]: {
    usdToken: devnetDeployments.usdToken,
    pools: [
      ...devnetDeployments.v3Pools.map((pool) => ({ kind: 'v3' as const, ...pool })),
      ...devnetDeployments.v2Pairs.map((pair) => ({ kind: 'v2' as const, ...pair })),
    ],
  },
  [mainnet.id]: {
    usdToken: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
    pools: [
      {
        kind: 'v3',
        address: '0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640',
        token0: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
        token1: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
      },
      {
        kind: 'v3',
        address: '0xCBCdF9626bC03E24f779434178A73a0B4bad62eD',
        token0: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599',
        token1: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
      },
      {
        kind: 'v3',
        address: '0x5777d92f208679DB4b9778590Fa3CAB3aC9e2168',
        token0: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
        token1: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
      },
    ],
  },
}

/** USDC/WETH, bridged USDC/WETH, WBTC/WETH and DAI/USDC: the routes every L2 below shares. */
function l2Pools(chainId: number, t: typeof ARBITRUM | typeof OPTIMISM | typeof POLYGON): PricingPool[] {
  return [
    v3Pool(chainId, t.WETH, t.USDC, 500),
    v3Pool(chainId, t.WETH, t.USDCe, 500),
    v3Pool(chainId, t.WBTC, t.WETH, 500),
    v3Pool(chainId, t.DAI, t.USDC, 100),
    v3Pool(chainId, t.DAI, t.USDCe, 100),
  ]
}

const publicL2PricingConfigs: Readonly<Record<number, PricingConfig>> = {
  [arbitrum.id]: { usdToken: ARBITRUM.USDC, pools: l2Pools(arbitrum.id, ARBITRUM) },
  [optimism.id]: { usdToken: OPTIMISM.USDC, pools: l2Pools(optimism.id, OPTIMISM) },
  [polygon.id]: {
    usdToken: POLYGON.USDC,
    pools: [
      ...l2Pools(polygon.id, POLYGON),
      v3Pool(polygon.id, POLYGON.WMATIC, POLYGON.USDCe, 500),
      v3Pool(polygon.id, POLYGON.WMATIC, POLYGON.WETH, 500),
    ],
  },
  [base.id]: {
    usdToken: BASE.USDC,
    pools: [
      v3Pool(base.id, BASE.WETH, BASE.USDC, 500),
      v3Pool(base.id, BASE.WETH, BASE.USDbC, 500),
      v3Pool(base.id, BASE.cbBTC, BASE.WETH, 500),
      v3Pool(base.id, BASE.DAI, BASE.USDC, 100),
    ],
  },
}

/** The pricing configuration of `chainId`; undefined where the app knows no stablecoin route. */
export function getPricingConfig(chainId: number): PricingConfig | undefined {
  return pricingConfigByChainId[chainId] ?? publicL2PricingConfigs[chainId]
}
