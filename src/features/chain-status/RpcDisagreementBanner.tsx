import { Link } from 'wouter'
import { Banner } from '../../ui/Banner.tsx'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { nodeLabel } from './staleness.ts'
import { useChainHealth } from './useChainHealth.ts'
import { useRpcTrustOf } from './useRpcTrust.ts'

/** "Two RPCs disagree about …; writes are blocked": a cross-check found two answers for one block. */
export function RpcDisagreementBanner() {
  const { chainId } = useChainHealth()
  const trust = useRpcTrustOf(chainId)
  const disagreement = trust?.disagreement
  if (!disagreement) return null
  const [primary, witness] = disagreement.urls
  return (
    <Banner
      tone="error"
      title={`Two RPCs disagree about ${disagreement.about}; writes are blocked`}
      data-testid="rpc-disagreement-banner"
      data-about={disagreement.about}
      actions={
        <Link
          href="/settings"
          className={`inline-flex h-8 items-center rounded-lg border border-current/30 px-3 text-sm font-medium ${FOCUS_RING}`}
        >
          Settings
        </Link>
      }
    >
      {nodeLabel(primary)} answered {disagreement.primary}, {nodeLabel(witness)} answered{' '}
      {disagreement.witness}. At least one of them is wrong, so no figure can be trusted. Remove the node you
      do not trust in Settings (changing the RPC URLs clears this).
    </Banner>
  )
}
