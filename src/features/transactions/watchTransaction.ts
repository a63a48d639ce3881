import type { Client, Hex, TransactionReceipt } from 'viem'
import { waitForTransactionReceipt } from 'viem/actions'
import type { PendingTxStatus } from './pendingTxStore.ts'

export type WatchOutcome = {
  status: Exclude<PendingTxStatus, 'pending'>
  receipt: TransactionReceipt
  /** Set when the wallet replaced the transaction (speed-up or cancel). */
  replacedBy?: Hex
}

export type WatchTransactionOptions = {
  /** Called each time the RPC fails while waiting (the watch continues). */
  onConnectionError?: (error: unknown, attempt: number) => void
  /** Back-off between attempts after an RPC failure, ms. */
  retryDelayMs?: (attempt: number) => number
  /** Stops watching (the component unmounted). */
  signal?: AbortSignal
  pollingInterval?: number
}

/**
 * Waits for a transaction until it is mined, replaced or cancelled — and keeps waiting through RPC
 * drops: a failed poll is retried with back-off instead of giving up (the tx is still out there).
 * Replacement (same nonce, new hash) is reported by viem's onReplaced: 'cancelled' when the new tx
 * sends nothing to itself, 'replaced' otherwise (a speed-up or a different call).
 */
export async function watchTransaction(
  client: Client,
  hash: Hex,
  options: WatchTransactionOptions = {},
): Promise<WatchOutcome> {
  const retryDelayMs = options.retryDelayMs ?? ((attempt: number) => Math.min(500 * 2 ** attempt, 5_000))
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw new Error('watch aborted')
    let replacement: { reason: 'cancelled' | 'replaced' | 'repriced'; hash: Hex } | undefined
    try {
      const receipt = await waitForTransactionReceipt(client, {
        hash,
        timeout: 60_000,
        retryCount: 2,
        ...(options.pollingInterval === undefined ? {} : { pollingInterval: options.pollingInterval }),
        onReplaced: (response) => {
          replacement = { reason: response.reason, hash: response.transaction.hash }
        },
      })
      if (replacement && replacement.reason !== 'repriced')
        return { status: replacement.reason, receipt, replacedBy: replacement.hash }
      // A repriced (sped-up) tx does the same thing: its receipt is ours.
      return { status: receipt.status === 'success' ? 'confirmed' : 'failed', receipt }
    } catch (error) {
      options.onConnectionError?.(error, attempt)
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)))
    }
  }
}
