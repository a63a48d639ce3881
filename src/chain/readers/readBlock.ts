import type { Address } from 'viem'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { type BatchResult, call } from '../batch/batchCall.ts'

/** The block a batch ran at and its chain time, read inside the same eth_call (Multicall3 helpers). */
export function blockCalls(multicall3: Address) {
  return {
    blockNumber: call(multicall3, multicall3Abi, 'getBlockNumber', []),
    timestamp: call(multicall3, multicall3Abi, 'getCurrentBlockTimestamp', []),
  }
}

/** The block of a batch's `blockCalls` results; throws when Multicall3's helpers failed. */
export function toBlock(results: { blockNumber: BatchResult<bigint>; timestamp: BatchResult<bigint> }): {
  blockNumber: bigint
  timestamp: bigint
} {
  const { blockNumber, timestamp } = results
  if (!blockNumber.ok || !timestamp.ok) throw new Error('Multicall3 block helpers failed')
  return { blockNumber: blockNumber.value, timestamp: timestamp.value }
}
