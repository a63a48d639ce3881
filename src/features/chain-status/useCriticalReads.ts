import { useEffect } from 'react'
import { enterCriticalReads } from '../../config/rpcCrossCheck.ts'

/**
 * While `active` (a review is open, a write flow runs), every eth_call/eth_estimateGas is re-run on
 * the second RPC at the same block (see `rpcCrossCheck.ts`); a no-op with one RPC.
 * @example useCriticalReads(reviewOpen)
 */
export function useCriticalReads(active: boolean): void {
  useEffect(() => (active ? enterCriticalReads() : undefined), [active])
}
