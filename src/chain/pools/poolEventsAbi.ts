import { pickAbiItems } from '../abi/pickAbiItems.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'

/** Events of a Uniswap V3 pool that change its price, liquidity map or fee growth. */
export const uniswapV3PoolEventsAbi = pickAbiItems(uniswapV3PoolAbi, [
  'Initialize',
  'Mint',
  'Burn',
  'Swap',
  'SetFeeProtocol',
])

/** Events of a Uniswap V2 pair that carry volume and price. */
export const uniswapV2PairEventsAbi = pickAbiItems(uniswapV2PairAbi, ['Swap', 'Sync'])
