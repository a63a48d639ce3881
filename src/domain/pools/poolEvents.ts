/** Where an event sits in the chain: block, order inside the block and chain time. */
export interface EventPosition {
  blockNumber: bigint
  logIndex: number
  /** Unix seconds of the block; undefined when the node did not send it with the log. */
  timestamp: number | undefined
}

/** A decoded V3 pool event, amounts exact (wei, X96). */
export type V3PoolEvent = EventPosition &
  (
    | { kind: 'initialize'; sqrtPriceX96: bigint; tick: number }
    | {
        kind: 'mint'
        tickLower: number
        tickUpper: number
        liquidity: bigint
        amount0Wei: bigint
        amount1Wei: bigint
      }
    | {
        kind: 'burn'
        tickLower: number
        tickUpper: number
        liquidity: bigint
        amount0Wei: bigint
        amount1Wei: bigint
      }
    | {
        kind: 'swap'
        /** Pool balance deltas: positive = paid into the pool. */
        amount0Wei: bigint
        amount1Wei: bigint
        sqrtPriceX96: bigint
        liquidity: bigint
        tick: number
      }
    | { kind: 'setFeeProtocol'; feeProtocol0: number; feeProtocol1: number }
  )

/** A decoded V2 pair event. */
export type V2PairEvent = EventPosition &
  (
    | {
        kind: 'swap'
        amount0InWei: bigint
        amount1InWei: bigint
        amount0OutWei: bigint
        amount1OutWei: bigint
      }
    | { kind: 'sync'; reserve0Wei: bigint; reserve1Wei: bigint }
  )
