import { parseAbi } from 'viem'

/** Uniswap V3 TickLens: the initialized ticks of one bitmap word. */
export const tickLensAbi = parseAbi([
  'struct PopulatedTick { int24 tick; int128 liquidityNet; uint128 liquidityGross; }',
  'function getPopulatedTicksInWord(address pool, int16 tickBitmapIndex) view returns (PopulatedTick[] populatedTicks)',
])
