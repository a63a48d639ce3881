import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'

/** Where the figures come from and which block they are as of. */
export function AppFooter() {
  const blockNumber = useLatestBlockNumber()
  return (
    <footer className="border-t border-slate-200 px-4 py-4 text-center text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
      Computed in your browser from on-chain state; no backend.
      {blockNumber !== undefined && (
        <span data-testid="latest-block"> Latest block {blockNumber.toString()}.</span>
      )}
    </footer>
  )
}
