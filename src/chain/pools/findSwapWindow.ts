import type { Client } from 'viem'
import { getBlock } from 'viem/actions'
import {
  blockAtTime,
  type ChainBlock,
  type SwapWindow,
  sampleBlockNumber,
  WINDOW_START_MARGIN,
} from '../../domain/pools/swapWindow.ts'

/** Header reads after the first sample before the search settles for a partial window. */
const MAX_CHECKS = 3

/**
 * The first block of the last `seconds` of chain time before `head`, from block timestamps in few
 * requests: one older block (the head's time is known) gives the average block time, the block it
 * points to (minus a 1 % margin) is read to check it is at or before the window's start, and only when
 * it is not is the estimate redone from that block (at most {@link MAX_CHECKS} checks). Never below
 * `floor` (no pool is older); a chain younger than the window gives a shorter `coveredSeconds`.
 * @param head the block the figures are read at, with its timestamp (from the state read)
 * @returns the window, with the number of header requests it took
 * @throws when the node has neither the sample block nor a closer one
 */
export async function findSwapWindow(
  client: Client,
  parameters: { head: ChainBlock; seconds: number; floor: bigint },
): Promise<SwapWindow> {
  const { head, seconds } = parameters
  let floor = parameters.floor
  if (floor > head.number) floor = head.number
  const target = head.timestamp - seconds
  let requests = 0
  const header = async (blockNumber: bigint): Promise<ChainBlock | undefined> => {
    if (blockNumber === head.number) return head
    requests += 1
    try {
      const block = await getBlock(client, { blockNumber })
      return { number: blockNumber, timestamp: Number(block.timestamp) }
    } catch (error) {
      // A replica whose genesis is numbered high has no older blocks: the caller tries a closer one.
      if ((error as Error).name === 'BlockNotFoundError') return undefined
      throw error
    }
  }
  const result = (from: ChainBlock, covered: number): SwapWindow => ({
    fromBlock: from.number,
    fromTimestamp: from.timestamp,
    seconds,
    coveredSeconds: Math.max(0, Math.min(seconds, covered)),
    requests,
  })
  if (head.number === floor) return result(head, 0)
  let sampleNumber = sampleBlockNumber(head.number, floor)
  let sample = await header(sampleNumber)
  // A node without the older blocks (a replica numbered from a high genesis, a pruned node): come closer.
  for (let closer = 0; !sample && closer < 3 && sampleNumber < head.number; closer++) {
    sampleNumber = head.number - (head.number - sampleNumber) / 16n
    sample = await header(sampleNumber)
  }
  if (!sample) throw new Error(`the node has no block ${sampleNumber.toString()} to date the swap window`)
  if (sample.timestamp > target && sample.number === floor)
    return result(sample, head.timestamp - sample.timestamp)
  // The sample brackets the start (interpolate, never below it) or does not (extrapolate past it).
  let lowest = sample.timestamp <= target ? sample.number : floor
  const best = sample.timestamp <= target ? sample : undefined
  let from = sample
  for (let check = 0; check < MAX_CHECKS; check++) {
    const margin = WINDOW_START_MARGIN * 2 ** check
    const estimate = blockAtTime(target, from, head, lowest, margin)
    if (best && estimate === best.number) return result(best, seconds)
    const block = await header(estimate)
    if (!block) {
      // Below the node's first block: the history starts after it.
      lowest = estimate + 1n
      continue
    }
    if (block.timestamp <= target) return result(block, seconds)
    if (block.number === lowest) return result(block, head.timestamp - block.timestamp)
    from = block
  }
  if (best) return result(best, seconds)
  return result(from, head.timestamp - from.timestamp)
}
