import { useChains } from 'wagmi'
import { Link } from 'wouter'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { MemoryCacheNotice } from './MemoryCacheNotice.tsx'
import { RpcDisagreementBanner } from './RpcDisagreementBanner.tsx'
import { StaleNodeBanner } from './StaleNodeBanner.tsx'
import { useChainHealth } from './useChainHealth.ts'

/**
 * The shell's RPC notices: down or another chain (with Retry), two RPCs disagreeing, a stale node,
 * and the log cache running in memory.
 */
export function RpcStatusBanner() {
  return (
    <>
      <RpcReachabilityBanner />
      <RpcDisagreementBanner />
      <StaleNodeBanner />
      <MemoryCacheNotice />
    </>
  )
}

/** Tells the user when the selected chain's RPC is down or serves another chain, with Retry. */
function RpcReachabilityBanner() {
  const health = useChainHealth()
  const chains = useChains()
  const chainName = chains.find((chain) => chain.id === health.chainId)?.name ?? `chain ${health.chainId}`

  if (health.status !== 'unreachable' && health.status !== 'wrong-chain') return null

  const title =
    health.status === 'wrong-chain'
      ? `The RPC for ${chainName} serves another chain`
      : `Cannot reach ${chainName}`
  const detail =
    health.status === 'wrong-chain'
      ? `It reports chain id ${health.rpcChainId}, expected ${health.chainId}. Check the RPC URL in Settings.`
      : `The RPC did not answer${health.blockNumber !== undefined ? `; figures are as of block ${health.blockNumber}` : ''}. Check that the node is running, or set another RPC URL in Settings.`

  return (
    <Banner
      tone="error"
      title={title}
      data-testid="rpc-banner"
      data-rpc-status={health.status}
      actions={
        <>
          <Button size="sm" onClick={health.retry} disabled={health.isFetching} data-testid="rpc-retry">
            {health.isFetching ? 'Retrying…' : 'Retry'}
          </Button>
          <Link
            href="/settings"
            className={`inline-flex h-8 items-center rounded-lg border border-current/30 px-3 text-sm font-medium ${FOCUS_RING}`}
          >
            Settings
          </Link>
        </>
      }
    >
      {detail}
    </Banner>
  )
}
