import type { Address, Client } from 'viem'
import type { V2PairState } from '../domain/actions/manageState.ts'
import type { BatchResult } from './batch/batchCall.ts'
import { allOk } from './batch/batchResult.ts'
import { multicall3Of, readBatch } from './batch/readBatch.ts'
import { erc20BalanceCall } from './readers/readBalances.ts'
import { blockCalls, toBlock } from './readers/readBlock.ts'
import { v2FeeOnCall, v2PairFactoryCall, v2PairStateCalls } from './readers/readPoolStates.ts'

export type { V2PairState }

/** The calls of everything a V2 mint or burn computes with but the fee switch (read from the factory next). */
export function v2PairReadingCalls(pair: Address, token0: Address, token1: Address) {
  return {
    ...v2PairStateCalls(pair),
    factory: v2PairFactoryCall(pair),
    balance0: erc20BalanceCall(token0, pair),
    balance1: erc20BalanceCall(token1, pair),
  }
}

/** The results of `v2PairReadingCalls`. */
export type V2PairReadingResults = {
  reserves: BatchResult<{ reserve0: bigint; reserve1: bigint }>
  totalSupply: BatchResult<bigint>
  kLast: BatchResult<bigint>
  factory: BatchResult<Address>
  balance0: BatchResult<bigint>
  balance1: BatchResult<bigint>
}

/**
 * Reads the pair's factory's fee switch at `blockNumber` (the second round of a V2 read) and builds
 * the pair's state; throws when any read failed (a review never computes with a missing value).
 */
export async function completeV2PairState(
  client: Client,
  parameters: {
    block: { blockNumber: bigint; timestamp: bigint }
    results: V2PairReadingResults
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<V2PairState> {
  const { block, results } = parameters
  const read = allOk(results)
  if (!read.ok) throw new Error(`V2 pair state unavailable: ${read.error}`)
  const { feeOn } = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: block.blockNumber,
    signal: parameters.signal,
    calls: { feeOn: v2FeeOnCall(read.value.factory) },
  })
  if (!feeOn.ok) throw new Error(`V2 factory feeTo unavailable: ${feeOn.error}`)
  const { reserves, totalSupply, kLast, balance0, balance1 } = read.value
  return {
    blockNumber: block.blockNumber,
    blockTimestamp: block.timestamp,
    ...reserves,
    balance0,
    balance1,
    totalSupply,
    kLast,
    feeOn: feeOn.value,
  }
}

/**
 * Reads a V2 pair's reserves, balances, supply, kLast and its factory's feeTo at the latest block (or
 * `blockNumber`; the factory comes from the pair itself, so it holds for any V2 fork). Two eth_calls.
 */
export async function readV2PairState(
  client: Client,
  parameters: {
    pair: Address
    token0: Address
    token1: Address
    blockNumber?: bigint
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<V2PairState> {
  const { pair, token0, token1, signal } = parameters
  const multicall3 = multicall3Of(client, parameters.multicall3)
  const round1 = await readBatch(client, {
    multicall3,
    blockNumber: parameters.blockNumber,
    signal,
    calls: { block: blockCalls(multicall3), pair: v2PairReadingCalls(pair, token0, token1) },
  })
  return completeV2PairState(client, {
    block: toBlock(round1.block),
    results: round1.pair,
    multicall3,
    signal,
  })
}
