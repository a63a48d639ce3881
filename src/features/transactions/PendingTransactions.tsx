import { useEffect, useState } from 'react'
import type { Client } from 'viem'
import { getBlock, getBlockNumber } from 'viem/actions'
import { useChainId, useClient, useConnection } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { applyClassification, classifyStoredTx } from './classifyStoredTx.ts'
import { describeTxOutcome } from './describeTxOutcome.ts'
import { loadStoredTxs, type StoredTx, upsertStoredTx } from './pendingTxStore.ts'
import { watchStoredTx } from './watchStoredTx.ts'

/** Entries written before this page load are "from your last visit"; later ones belong to live flows. */
const PAGE_LOADED_AT = Date.now()
/** Confirmed receipts this close to the head are re-checked against the canonical chain on reload. */
export const RECHECK_DEPTH = 64n

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

/**
 * The stored entries to look at again after a reload: every pending one of this chain (and account,
 * when connected), and the finished ones whose receipt block is near the head (a reorg may have
 * removed it) or above it (the chain was reset).
 */
export function entriesToRecheck(
  txs: readonly StoredTx[],
  chainId: number,
  from: string | undefined,
  head: bigint,
) {
  return txs.filter(
    (tx) =>
      tx.chainId === chainId &&
      tx.submittedAt < PAGE_LOADED_AT &&
      (!from || tx.from.toLowerCase() === from.toLowerCase()) &&
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

const save = (tx: StoredTx) => {
  const storage = browserStorage()
  try {
    if (storage) upsertStoredTx(storage, tx)
  } catch {
    // Shown anyway; it is classified again on the next visit.
  }
}

/**
 * Resumes transactions from the last visit: each pending one is classified (confirmed, failed,
 * replaced, cancelled, dropped) and watched until it is final; a confirmed one whose block a reorg
 * removed goes back to pending and is watched again. The outcome is shown in plain words with what to
 * do next, and stored. Mounted once in App, above the routes.
 */
export function PendingTransactions() {
  const chainId = useChainId()
  const client = useClient({ chainId: chainId as never }) as Client | undefined
  const { address } = useConnection()
  const [resumed, setResumed] = useState<StoredTx[]>([])

  useEffect(() => {
    const storage = browserStorage()
    if (!client || !storage) return
    const controller = new AbortController()
    const show = (tx: StoredTx) =>
      setResumed((list) =>
        list.some((entry) => entry.hash === tx.hash)
          ? list.map((entry) => (entry.hash === tx.hash ? tx : entry))
          : [...list, tx],
      )
    setResumed([])
    const resume = async () => {
      const head = await getBlockNumber(client, { cacheTime: 0 })
      for (const tx of entriesToRecheck(loadStoredTxs(storage), chainId, address, head)) {
        if (controller.signal.aborted) return
        if (tx.status !== 'pending' && (await receiptStillCanonical(client, tx, head))) continue
        let current = applyClassification(tx, await classifyStoredTx(client, tx))
        if (current.status !== tx.status) save(current)
        show(current)
        if (current.status !== 'pending') continue
        void watchStoredTx(client, current, { signal: controller.signal }).then((outcome) => {
          if (!outcome) return
          current = applyClassification(current, outcome)
          save(current)
          show(current)
        })
      }
    }
    resume().catch(() => undefined) // RPC down: the RPC banner says so; the next visit classifies again
    return () => controller.abort()
  }, [client, chainId, address])

  if (resumed.length === 0) return null
  return (
    <Banner
      tone="info"
      title="Transactions from your last visit"
      className="mb-4"
      data-testid="pending-resumed"
    >
      <ul>
        {resumed.map((tx) => {
          const text = describeTxOutcome(tx)
          return (
            <li key={tx.hash} data-testid="pending-tx" data-status={tx.status}>
              {tx.label}: <span data-testid="pending-tx-status">{text.status}</span> —{' '}
              <code>{tx.hash.slice(0, 10)}…</code>
              {tx.status !== 'pending' && tx.status !== 'confirmed' && (
                <span data-testid="pending-tx-next"> {text.next}</span>
              )}
            </li>
          )
        })}
      </ul>
    </Banner>
  )
}
