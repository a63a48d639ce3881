import { useEffect, useState } from 'react'
import { useChainId, useClient, useConnection } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { pendingTxsFor, type StoredTx, upsertStoredTx } from './pendingTxStore.ts'
import { watchTransaction } from './watchTransaction.ts'

/**
 * Resumes transactions left pending by a reload: each is watched again until mined, replaced or
 * cancelled, and the outcome is shown and stored.
 */
export function PendingTransactions() {
  const chainId = useChainId()
  const client = useClient({ chainId: chainId as never })
  const { address } = useConnection()
  const [resumed, setResumed] = useState<StoredTx[]>([])

  useEffect(() => {
    if (!client || typeof window === 'undefined') return
    const controller = new AbortController()
    const pending = pendingTxsFor(window.localStorage, chainId, address)
    setResumed(pending)
    for (const tx of pending) {
      void watchTransaction(client, tx.hash, { signal: controller.signal }).then(
        (outcome) => {
          const next = {
            ...tx,
            status: outcome.status,
            ...(outcome.replacedBy ? { replacedBy: outcome.replacedBy } : {}),
          }
          upsertStoredTx(window.localStorage, next)
          setResumed((list) => list.map((entry) => (entry.hash === tx.hash ? next : entry)))
        },
        () => undefined, // unmounted
      )
    }
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
        {resumed.map((tx) => (
          <li key={tx.hash} data-testid="pending-tx" data-status={tx.status}>
            {tx.label}: {tx.status === 'pending' ? 'still pending, watching…' : tx.status}
            {tx.replacedBy ? ` (by ${tx.replacedBy.slice(0, 10)}…)` : ''} —{' '}
            <code>{tx.hash.slice(0, 10)}…</code>
          </li>
        ))}
      </ul>
    </Banner>
  )
}
