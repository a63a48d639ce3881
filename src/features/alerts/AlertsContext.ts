import { createContext, useContext } from 'react'
import type { AlertObservation, FiredAlert, PositionAlertRule } from '../../domain/alerts/alertRules.ts'
import type { AlertRuleStore } from './alertRuleStore.ts'

export interface AlertsContextValue {
  store: AlertRuleStore
  rules: readonly PositionAlertRule[]
  /** Alerts fired since the tab opened, newest first (the in-app list). */
  fired: readonly FiredAlert[]
  /** What each rule last saw on chain (by rule id), for "last checked at block N". */
  observed: ReadonlyMap<string, AlertObservation>
  dismiss(alert: FiredAlert): void
  dismissAll(): void
}

export const AlertsContext = createContext<AlertsContextValue | null>(null)

/** The alerts from context; throws if used outside <AlertsProvider>. */
export function useAlerts(): AlertsContextValue {
  const value = useContext(AlertsContext)
  if (!value) throw new Error('useAlerts must be used inside <AlertsProvider>')
  return value
}
