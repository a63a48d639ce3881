import { useQuery } from '@tanstack/react-query'
import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { useLocation } from 'wouter'
import type { AlertObservation, FiredAlert } from '../../domain/alerts/alertRules.ts'
import { evaluateAlert } from '../../domain/alerts/evaluateAlert.ts'
import { alertPoolsQueryOptions } from '../../queries/alertPoolsQuery.ts'
import { useChainHealth } from '../chain-status/useChainHealth.ts'
import { AlertsContext } from './AlertsContext.ts'
import { type AlertRuleStore, createAlertRuleStore } from './alertRuleStore.ts'
import { showNotification } from './notify.ts'

/** Most alerts kept in the in-app list. */
const MAX_FIRED = 20

/**
 * Holds the alert rules and checks those of the current chain on each new block (the chain-status poll
 * gives the block; one eth_call reads every watched pool's tick). A change fires a browser notification,
 * when allowed, and joins the in-app list. No backend: nothing is checked while no Poolscope tab is open.
 */
export function AlertsProvider({ children, store: given }: { children: ReactNode; store?: AlertRuleStore }) {
  const [store] = useState(() => given ?? createAlertRuleStore())
  const rules = useSyncExternalStore(store.subscribe, store.getRules, store.getRules)
  const chainId = useChainId()
  const config = useConfig()
  const { blockNumber } = useChainHealth()
  const [, navigate] = useLocation()
  const chainRules = useMemo(() => rules.filter((rule) => rule.chainId === chainId), [rules, chainId])
  const pools = useMemo(() => chainRules.map((rule) => rule.pool as Address), [chainRules])
  const { data } = useQuery(alertPoolsQueryOptions(config, chainId, pools, blockNumber))
  const observations = useRef(new Map<string, AlertObservation>())
  const [fired, setFired] = useState<readonly FiredAlert[]>([])
  const [observed, setObserved] = useState<ReadonlyMap<string, AlertObservation>>(new Map())

  useEffect(() => {
    if (!data) return
    const fresh: FiredAlert[] = []
    const seen = new Map<string, AlertObservation>()
    for (const rule of chainRules) {
      const state = data.get(rule.pool.toLowerCase())
      if (!state) continue
      // A rule changed since it was last seen starts over (its first observation fires nothing).
      const key = `${rule.id}|${rule.leavesRange}|${rule.nearBoundPercent}|${rule.farmEndsAt}`
      const result = evaluateAlert(rule, state, observations.current.get(key))
      observations.current.set(key, result.observation)
      seen.set(rule.id, result.observation)
      fresh.push(...result.fired)
    }
    setObserved(seen)
    if (fresh.length === 0) return
    for (const alert of fresh) showNotification(alert, navigate)
    setFired((previous) => [...fresh.reverse(), ...previous].slice(0, MAX_FIRED))
  }, [data, chainRules, navigate])

  const dismiss = useCallback(
    (alert: FiredAlert) => setFired((previous) => previous.filter((a) => a !== alert)),
    [],
  )
  const dismissAll = useCallback(() => setFired([]), [])
  const value = useMemo(
    () => ({ store, rules, fired, observed, dismiss, dismissAll }),
    [store, rules, fired, observed, dismiss, dismissAll],
  )
  return <AlertsContext value={value}>{children}</AlertsContext>
}
