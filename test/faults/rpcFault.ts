/** Which requests a fault applies to: some methods only, and/or a seeded fraction of requests. */
export interface FaultScope {
  /** JSON-RPC methods the fault hits; all methods when absent. */
  methods?: readonly string[]
  /** Share of matching requests hit, 0..1 (seeded, reproducible); 1 when absent. */
  fraction?: number
}

/** One misbehaviour of a real RPC, injected by the test proxy between the app and the devnet. */
export type RpcFault = FaultScope &
  (
    | { kind: 'latency'; ms: number }
    | { kind: 'http-status'; status: 429 | 500 | 503 }
    | { kind: 'rpc-error'; code?: number; message?: string }
    | { kind: 'truncated-body' }
    | { kind: 'corrupted-json' }
    | { kind: 'dropped-connection' }
    /** eth_blockNumber and every 'latest' read are served as of `blockNumber` (the head when the fault starts, if absent). */
    | { kind: 'stale-block'; blockNumber?: bigint }
    | { kind: 'chain-id'; chainId: number }
    /** eth_call results of one read rewritten (also inside Multicall3 aggregate3): a lying RPC. */
    | { kind: 'lying-call'; lie: CallLie }
  )

/**
 * What a lying RPC changes in an eth_call result, matched by the call's 4-byte selector:
 * slot0's sqrtPriceX96 so the price is 5 % higher (or lower), balanceOf + 1 wei, NPM positions()
 * liquidity − 1 %, a V2 pair's getReserves reserve0 + 1 %.
 */
export type CallLie =
  | 'slot0-price-up'
  | 'slot0-price-down'
  | 'balance-plus-1-wei'
  | 'position-liquidity'
  | 'v2-reserves'
