import type { Address } from 'viem'
import { mainnet } from 'viem/chains'
import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'

/** A pool USD prices may be routed through. */
export interface PricingPool {
  kind: 'v2' | 'v3'
  address: Address
  token0: Address
  token1: Address
}

/** Per chain: the stablecoin every USD value is routed to, and the pools prices may route through. */
export interface PricingConfig {
  usdToken: Address
  pools: readonly PricingPool[]
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

/** The pricing configuration of `chainId`; undefined where the app knows no stablecoin route. */
export function getPricingConfig(chainId: number): PricingConfig | undefined {
  return pricingConfigByChainId[chainId]
}
