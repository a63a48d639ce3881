import type { Address, Hex } from 'viem'

/** The fields of a log the history needs (plain data: cacheable in IndexedDB). */
export interface RawLog {
  address: Address
  topics: readonly Hex[]
  data: Hex
  blockNumber: bigint
  transactionHash: Hex
  logIndex: number
  /** Unix seconds of the log's block, when the node sends it (anvil, reth, geth ≥ 1.14 do). */
  blockTimestamp?: number
  /** Hash of the log's block (every node sends it for mined logs). */
  blockHash?: Hex
}

/** One decoded history event of a position (amounts exact). */
export interface HistoryEntry {
  kind: 'deposit' | 'withdraw' | 'collect'
  blockNumber: bigint
  logIndex: number
  transactionHash: Hex
  amount0Wei: bigint
  amount1Wei: bigint
}

/** The pool's price after the last swap of a block (V3 Swap, V2 Sync), as a V3-style sqrt price. */
export interface PoolPricePoint {
  blockNumber: bigint
  /** Q64.96; for a V2 pair sqrt(reserve1/reserve0) so both protocols share one math path. */
  sqrtPriceX96: bigint
  /** V3: the pool's tick then (from the Swap or slot0); at a bound it, not the sqrt price, decides in range. */
  tick?: number
  /** The block's chain time (unix seconds) when the node sent it with the log; else estimated from anchors. */
  timestamp?: number
}
