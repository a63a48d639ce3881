import type { Address, PublicClient } from 'viem'
import type { V3PoolInfo } from '../../../src/domain/catalogue/types.ts'
import type { FeeGrowthInsideParameters, InitializedTick, SwapPoolState } from '../../../src/math/index.ts'
import { tickLensAbi, v3PoolAbi } from './abis.ts'

/** A pool's swap state read at one block, with the tick window whose initialized ticks were loaded. */
export type LoadedPoolState = SwapPoolState & {
  feeGrowthGlobal0X128: bigint
  feeGrowthGlobal1X128: bigint
  /** Every initialized tick in [minLoadedTick, maxLoadedTick] is in `ticks`. */
  minLoadedTick: number
  maxLoadedTick: number
}

/**
 * Reads slot0, liquidity and fee growth, then every initialized tick within about `windowTicks` of the
 * current tick: tickBitmap words via multicall, their ticks via TickLens.getPopulatedTicksInWord.
 */
export async function readPoolState(
  client: PublicClient,
  tickLens: Address,
  pool: V3PoolInfo,
  blockNumber: bigint,
  windowTicks = 30_000,
): Promise<LoadedPoolState> {
  const base = { address: pool.address, abi: v3PoolAbi } as const
  const [slot0, liquidity, feeGrowthGlobal0X128, feeGrowthGlobal1X128] = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: [
      { ...base, functionName: 'slot0' },
      { ...base, functionName: 'liquidity' },
      { ...base, functionName: 'feeGrowthGlobal0X128' },
      { ...base, functionName: 'feeGrowthGlobal1X128' },
    ],
  })
  const tick = slot0[1]
  const wordTicks = 256 * pool.tickSpacing
  const currentWord = Math.floor(Math.floor(tick / pool.tickSpacing) / 256)
  const radius = Math.ceil(windowTicks / wordTicks)
  const words: number[] = []
  for (
    let word = Math.max(-32768, currentWord - radius);
    word <= Math.min(32767, currentWord + radius);
    word++
  )
    words.push(word)
  const bitmaps = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: words.map((word) => ({ ...base, functionName: 'tickBitmap', args: [word] }) as const),
  })
  const populatedWords = words.filter((_, index) => bitmaps[index] !== 0n)
  const populated = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: populatedWords.map(
      (word) =>
        ({
          address: tickLens,
          abi: tickLensAbi,
          functionName: 'getPopulatedTicksInWord',
          args: [pool.address, word],
        }) as const,
    ),
  })
  const ticks: InitializedTick[] = populated
    .flat()
    .map((entry) => ({ tick: entry.tick, liquidityNet: entry.liquidityNet }))
    .sort((a, b) => a.tick - b.tick)
  const firstWord = words[0] as number
  const lastWord = words[words.length - 1] as number
  return {
    sqrtPriceX96: slot0[0],
    tick,
    liquidity,
    feePips: pool.fee,
    tickSpacing: pool.tickSpacing,
    feeProtocol: slot0[5],
    ticks,
    feeGrowthGlobal0X128,
    feeGrowthGlobal1X128,
    minLoadedTick: firstWord * wordTicks,
    maxLoadedTick: (lastWord + 1) * wordTicks - 1,
  }
}

/** The raw pool state getFeeGrowthInside needs for one range, read at one block. */
export async function readFeeGrowthInputs(
  client: PublicClient,
  pool: Address,
  tickLower: number,
  tickUpper: number,
  blockNumber: bigint,
): Promise<FeeGrowthInsideParameters> {
  const base = { address: pool, abi: v3PoolAbi } as const
  const [slot0, global0, global1, lower, upper] = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: [
      { ...base, functionName: 'slot0' },
      { ...base, functionName: 'feeGrowthGlobal0X128' },
      { ...base, functionName: 'feeGrowthGlobal1X128' },
      { ...base, functionName: 'ticks', args: [tickLower] },
      { ...base, functionName: 'ticks', args: [tickUpper] },
    ],
  })
  return {
    tickLower,
    tickUpper,
    tickCurrent: slot0[1],
    feeGrowthGlobal0X128: global0,
    feeGrowthGlobal1X128: global1,
    lowerFeeGrowthOutside0X128: lower[2],
    lowerFeeGrowthOutside1X128: lower[3],
    upperFeeGrowthOutside0X128: upper[2],
    upperFeeGrowthOutside1X128: upper[3],
  }
}
