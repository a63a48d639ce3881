import type { Client } from 'viem'
import { getBlock, getBlockNumber } from 'viem/actions'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { applyClassification, classifyStoredTx } from './classifyStoredTx.ts'

/** Confirmed receipts this close to the head are re-checked against the canonical chain on reload. */
export const RECHECK_DEPTH = 64n

/**
 * The stored entries to look at again after a reload: every pending one of this chain (and account,
 * when given), and the finished ones whose receipt block is near the head (a reorg may have removed
 * it) or above it (the chain was reset).
 */
export function entriesToRecheck(
  txs: readonly StoredTx[],
  filter: { chainId: number; from?: string | undefined; submittedBefore?: number },
  head: bigint,
): StoredTx[] {
  const from = filter.from?.toLowerCase()
  return txs.filter(
    (tx) =>
      tx.chainId === filter.chainId &&
      (filter.submittedBefore === undefined || tx.submittedAt < filter.submittedBefore) &&
      (!from || tx.from.toLowerCase() === from) &&
      (tx.status === 'pending' ||
        ((tx.status === 'confirmed' || tx.status === 'failed') &&
          tx.receiptBlock !== undefined &&
          BigInt(tx.receiptBlock.number) + RECHECK_DEPTH >= head)),
  )
}

/** Whether a finished entry's receipt block is still the canonical block at its height. */
async function receiptStillCanonical(client: Client, tx: StoredTx, head: bigint): Promise<boolean> {
  if (!tx.receiptBlock) return false
  const number = BigInt(tx.receiptBlock.number)
  if (number > head) return false
  const block = await getBlock(client, { blockNumber: number })
  return block.hash?.toLowerCase() === tx.receiptBlock.hash.toLowerCase()
}

/**
 * What a reload shows: each stored pending entry classified now (confirmed, failed, replaced,
 * cancelled, dropped or still pending), and each recent confirmed one whose receipt a reorg or reset
 * removed, classified again (back to pending, or dropped) — never kept as confirmed.
 * @returns the entries to show, updated (the caller stores them and watches the pending ones)
 */
export async function recheckStoredTxs(
  client: Client,
  txs: readonly StoredTx[],
  filter: { chainId: number; from?: string | undefined; submittedBefore?: number },
  signal?: AbortSignal,
): Promise<StoredTx[]> {
  const head = await getBlockNumber(client, { cacheTime: 0 })
  const shown: StoredTx[] = []
  for (const tx of entriesToRecheck(txs, filter, head)) {
    if (signal?.aborted) break
    if (tx.status !== 'pending' && (await receiptStillCanonical(client, tx, head))) continue
    shown.push(applyClassification(tx, await classifyStoredTx(client, tx)))
  }
  return shown
}
