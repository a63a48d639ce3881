import { encodeSqrtRatioX96, getTickAtSqrtRatio } from '../../math/index.ts'
import type { PoolSnapshot } from './types.ts'

const SQRT_PRICE_X96 = encodeSqrtRatioX96(2000n * 10n ** 6n, 10n ** 18n)

/**
 * A WETH/USDC 0.3 % pool at $2000 with $1M/day volume, 80 % realized volatility and a FARM
 * incentive: shared by the projection tests and the simulator benchmark.
 */
export function wethUsdcSnapshot(overrides: Partial<PoolSnapshot> = {}): PoolSnapshot {
  return {
    kind: 'v3',
    address: '0x08E3E4bEc747072695f73AA436Cf994AA8B4e365',
    token0: {
      address: '0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35',
      symbol: 'WETH',
      decimals: 18,
      priceUsd: 2000,
    },
    token1: {
      address: '0xA15BB66138824a1c7167f5E85b957d04Dd34E468',
      symbol: 'USDC',
      decimals: 6,
      priceUsd: 1,
    },
    feePips: 3000,
    protocolFeeShare: 0,
    tickSpacing: 60,
    sqrtPriceX96: SQRT_PRICE_X96,
    tick: getTickAtSqrtRatio(SQRT_PRICE_X96),
    // ≈ the L a $10,000 full-range deposit buys: a full-range $10k position gets half the active liquidity.
    liquidity: 111_803_398_874_989n,
    ticks: [
      { tick: -887220, liquidityNet: 111_803_398_874_989n },
      { tick: 887220, liquidityNet: -111_803_398_874_989n },
    ],
    volumeUsd24h: 1e6,
    volumeUsd7d: 7e6,
    volumeWindowSeconds: 7 * 86_400,
    realizedVolatility: 0.8,
    swapCount: 500,
    blockNumber: 1_000n,
    timestamp: 1_769_839_200,
    reward: null,
    ...overrides,
  }
}
