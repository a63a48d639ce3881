import { parseAbi } from 'viem'

/** Uniswap V3 factory reads. */
export const uniswapV3FactoryAbi = parseAbi([
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address pool)',
])
