import { useEffect, useState } from 'react'
import type { Client } from 'viem'
import { useChainId, useClient, useConnection } from 'wagmi'
import { applyClassification } from '../../chain/write/classifyStoredTx.ts'
import { recheckStoredTxs } from '../../chain/write/recheckStoredTxs.ts'
import { watchStoredTx } from '../../chain/write/watchStoredTx.ts'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { Banner } from '../../ui/Banner.tsx'
import { TxHashText } from '../../ui/TxHashText.tsx'
import { browserStorage } from './browserStorage.ts'
import { describeTxOutcome } from './describeTxOutcome.ts'
import { loadStoredTxs, upsertStoredTx } from './pendingTxStore.ts'

/** Entries written before this page load are "from your last visit"; later ones belong to live flows. */
const PAGE_LOADED_AT = Date.now()

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
      const stored = loadStoredTxs(storage)
      const filter = { chainId, from: address, submittedBefore: PAGE_LOADED_AT }
      for (const checked of await recheckStoredTxs(client, stored, filter, controller.signal)) {
        if (controller.signal.aborted) return
        let current = checked
        if (stored.find((tx) => tx.hash === current.hash)?.status !== current.status) save(current)
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
              <TxHashText hash={tx.hash} chainId={tx.chainId} />
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
