import { useChains } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { formatLag, nodeLabel } from './staleness.ts'
import { useChainHealth } from './useChainHealth.ts'
import { useRpcTrustOf } from './useRpcTrust.ts'

/**
 * "Stale": the selected public chain's node serves a head whose timestamp lags the wall clock by
 * more than 180 s — which node, how far behind. Writes ask for confirmation (see `checkWriteGate`).
 */
export function StaleNodeBanner() {
  const health = useChainHealth()
  const trust = useRpcTrustOf(health.chainId)
  const chains = useChains()
  if (health.status !== 'stale' || health.staleLagSeconds === null) return null
  const chainName = chains.find((chain) => chain.id === health.chainId)?.name ?? `chain ${health.chainId}`
  const node = nodeLabel(trust?.lastNodeUrl ?? trust?.urls[0])
  return (
    <Banner
      tone="warning"
      title={`Stale node: ${node} is ${formatLag(health.staleLagSeconds)} behind`}
      data-testid="stale-banner"
      data-lag-seconds={health.staleLagSeconds}
      data-node={node}
    >
      Its latest {chainName} block ({health.blockNumber?.toString()}) is {formatLag(health.staleLagSeconds)}{' '}
      old, so figures may be out of date and a transaction deadline taken from it may already be near. Writes
      ask you to confirm. Set another RPC URL in Settings.
    </Banner>
  )
}
