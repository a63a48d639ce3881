import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { useLocation } from 'wouter'
import type { AlertObservation, FiredAlert, PositionAlertRule } from '../../domain/alerts/alertRules.ts'
import { evaluateAlert } from '../../domain/alerts/evaluateAlert.ts'
import { alertPoolsQueryOptions } from '../../queries/alertPoolsQuery.ts'
import { useChainHealth } from '../chain-status/useChainHealth.ts'
import { showNotification } from './notify.ts'

/**
 * Checks the current chain's alert rules on each new block (the chain-status poll gives the block; one
 * eth_call reads every watched pool's tick) and reports what each saw and what fired. A lazy chunk, mounted
 * only while some rule is set: the app's first paint does not load the pool readers.
 */
export default function AlertsWatcher({
  chainId,
  rules,
  onObserved,
  onFired,
}: {
  chainId: number
  rules: readonly PositionAlertRule[]
  onObserved: (observed: ReadonlyMap<string, AlertObservation>) => void
  onFired: (fired: readonly FiredAlert[]) => void
}) {
  const config = useConfig()
  const { blockNumber } = useChainHealth()
  const [, navigate] = useLocation()
  const pools = useMemo(() => rules.map((rule) => rule.pool as Address), [rules])
  const { data } = useQuery(alertPoolsQueryOptions(config, chainId, pools, blockNumber))
  const observations = useRef(new Map<string, AlertObservation>())
  useEffect(() => {
    if (!data) return
    const fresh: FiredAlert[] = []
    const seen = new Map<string, AlertObservation>()
    for (const rule of rules) {
      const state = data.get(rule.pool.toLowerCase())
      if (!state) continue
      // A rule changed since it was last seen starts over (its first observation fires nothing).
      const key = `${rule.id}|${rule.leavesRange}|${rule.nearBoundPercent}|${rule.farmEndsAt}`
      const result = evaluateAlert(rule, state, observations.current.get(key))
      observations.current.set(key, result.observation)
      seen.set(rule.id, result.observation)
      fresh.push(...result.fired)
    }
    onObserved(seen)
    if (fresh.length === 0) return
    for (const alert of fresh) showNotification(alert, navigate)
    onFired(fresh)
  }, [data, rules, navigate, onObserved, onFired])
  return null
}
