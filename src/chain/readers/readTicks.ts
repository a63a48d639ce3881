import type { Address, Client } from 'viem'
import type { PopulatedTickState, TickChainState } from '../../domain/pools/poolChainState.ts'
import { tickLensAbi } from '../abi/tickLensAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { type BatchResult, call, mapCall } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'

/** The call of one tick's state (pool.ticks(tick)), decoded by name. */
export function tickCall(pool: Address, tick: number) {
  return mapCall(call(pool, uniswapV3PoolAbi, 'ticks', [tick]), (result): TickChainState => {
    const [liquidityGross, liquidityNet, feeGrowthOutside0X128, feeGrowthOutside1X128] = result
    return {
      liquidityGross,
      liquidityNet,
      feeGrowthOutside0X128,
      feeGrowthOutside1X128,
      initialized: result[7],
    }
  })
}

/** The call of the initialized ticks of one tick-bitmap word, through TickLens. */
export function populatedTicksCall(tickLens: Address, pool: Address, word: number) {
  return mapCall(
    call(tickLens, tickLensAbi, 'getPopulatedTicksInWord', [pool, word]),
    (ticks): PopulatedTickState[] =>
      ticks.map(({ tick, liquidityNet, liquidityGross }) => ({ tick, liquidityNet, liquidityGross })),
  )
}

/** The tick-bitmap words (int16) within `halfWidthTicks` of `tick`, at most `maxWordsEachSide` each way. */
export function tickWordsAround(
  tick: number,
  tickSpacing: number,
  halfWidthTicks: number,
  maxWordsEachSide: number,
): number[] {
  const word = Math.floor(tick / tickSpacing) >> 8
  const span = Math.min(maxWordsEachSide, Math.ceil(halfWidthTicks / (tickSpacing * 256)))
  const words: number[] = []
  for (let index = word - span; index <= word + span; index++)
    if (index >= -32768 && index <= 32767) words.push(index)
  return words
}

export interface ReadPopulatedTicksParameters {
  tickLens: Address
  pool: Address
  words: readonly number[]
  multicall3?: Address | undefined
  blockNumber?: bigint | undefined
  signal?: AbortSignal | undefined
}

/**
 * The initialized ticks of `words`, ascending, in ONE eth_call.
 * @returns `{ ok: false }` when any word failed: a histogram missing a word would be wrong, not partial
 */
export async function readPopulatedTicks(
  client: Client,
  parameters: ReadPopulatedTicksParameters,
): Promise<BatchResult<PopulatedTickState[]>> {
  const { tickLens, pool, words } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: words.map((word) => populatedTicksCall(tickLens, pool, word)),
  })
  const ticks: PopulatedTickState[] = []
  for (const [word, result] of zipResults(words, results)) {
    if (!result.ok) return { ok: false, error: `TickLens word ${word}: ${result.error}` }
    ticks.push(...result.value)
  }
  return { ok: true, value: ticks.sort((a, b) => a.tick - b.tick) }
}
