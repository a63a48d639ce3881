import { lazy, type ReactNode, Suspense, useCallback, useMemo, useState, useSyncExternalStore } from 'react'
import { useChainId } from 'wagmi'
import type { AlertObservation, FiredAlert } from '../../domain/alerts/alertRules.ts'
import { AlertsContext } from './AlertsContext.ts'
import { type AlertRuleStore, createAlertRuleStore } from './alertRuleStore.ts'

const AlertsWatcher = lazy(() => import('./AlertsWatcher.tsx'))

/** Most alerts kept in the in-app list. */
const MAX_FIRED = 20

/**
 * Holds the alert rules, what each last saw and the alerts fired; while the current chain has a rule, the
 * lazy AlertsWatcher checks them on each new block. A change fires a browser notification, when allowed,
 * and joins the in-app list. No backend: nothing is checked while no Poolscope tab is open.
 */
export function AlertsProvider({ children, store: given }: { children: ReactNode; store?: AlertRuleStore }) {
  const [store] = useState(() => given ?? createAlertRuleStore())
  const rules = useSyncExternalStore(store.subscribe, store.getRules, store.getRules)
  const chainId = useChainId()
  const chainRules = useMemo(() => rules.filter((rule) => rule.chainId === chainId), [rules, chainId])
  const [fired, setFired] = useState<readonly FiredAlert[]>([])
  const [observed, setObserved] = useState<ReadonlyMap<string, AlertObservation>>(new Map())
  const onFired = useCallback(
    (fresh: readonly FiredAlert[]) =>
      setFired((previous) => [...[...fresh].reverse(), ...previous].slice(0, MAX_FIRED)),
    [],
  )

  const dismiss = useCallback(
    (alert: FiredAlert) => setFired((previous) => previous.filter((a) => a !== alert)),
    [],
  )
  const dismissAll = useCallback(() => setFired([]), [])
  const value = useMemo(
    () => ({ store, rules, fired, observed, dismiss, dismissAll }),
    [store, rules, fired, observed, dismiss, dismissAll],
  )
  return (
    <AlertsContext value={value}>
      {children}
      {chainRules.length > 0 && (
        <Suspense fallback={null}>
          <AlertsWatcher chainId={chainId} rules={chainRules} onObserved={setObserved} onFired={onFired} />
        </Suspense>
      )}
    </AlertsContext>
  )
}
