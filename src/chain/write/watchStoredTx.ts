import type { Client } from 'viem'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { applyClassification, classifyStoredTx, type TxClassification } from './classifyStoredTx.ts'

/** The end of a watch: a classification other than pending. */
export type WatchResult = Exclude<TxClassification, { status: 'pending' }>

export type WatchStoredTxOptions = {
  /** Stops watching; the promise then resolves to undefined (never rejects on abort). */
  signal?: AbortSignal
  /** Poll interval, ms (default 1 s). */
  pollingInterval?: number
  /** Called each time the RPC fails while watching (the watch continues with back-off). */
  onConnectionError?: (error: unknown, attempt: number) => void
  /** Called when the RPC answers again after a failure. */
  onConnectionRestored?: () => void
  /** Called on each pending poll (e.g. a reorg sent the receipt back to pending). */
  onPending?: (tx: StoredTx, reorged: boolean) => void
  /** Back-off after an RPC failure, ms. */
  retryDelayMs?: (attempt: number) => number
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done)
  })
}

/**
 * Watches a stored transaction until it is mined (on the canonical chain), replaced, cancelled or
 * dropped — with no timeout, and through RPC drops (a failed poll is retried with back-off: the
 * transaction is still out there). Each poll is one classifyStoredTx.
 * @returns the final classification, or undefined when aborted
 */
export async function watchStoredTx(
  client: Client,
  tx: StoredTx,
  options: WatchStoredTxOptions = {},
): Promise<WatchResult | undefined> {
  const interval = options.pollingInterval ?? 1_000
  const retryDelayMs = options.retryDelayMs ?? ((attempt: number) => Math.min(500 * 2 ** attempt, 5_000))
  let failures = 0
  while (!options.signal?.aborted) {
    try {
      const result = await classifyStoredTx(client, tx)
      if (failures > 0) options.onConnectionRestored?.()
      failures = 0
      if (options.signal?.aborted) return undefined
      if (result.status !== 'pending') return result
      options.onPending?.(applyClassification(tx, result), result.reorged)
      await sleep(interval, options.signal)
    } catch (error) {
      if (options.signal?.aborted) return undefined
      options.onConnectionError?.(error, failures)
      await sleep(retryDelayMs(failures), options.signal)
      failures++
    }
  }
  return undefined
}
