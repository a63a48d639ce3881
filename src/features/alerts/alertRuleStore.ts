import * as v from 'valibot'
import type { KeyValueStorage } from '../../config/settingsStore.ts'
import type { PositionAlertRule } from '../../domain/alerts/alertRules.ts'
import { browserStorage } from '../transactions/browserStorage.ts'

/** localStorage key of the saved alert rules. */
export const ALERT_RULES_KEY = 'poolscope.alerts'

const ruleSchema = v.object({
  id: v.string(),
  chainId: v.pipe(v.number(), v.integer()),
  positionId: v.string(),
  label: v.string(),
  href: v.pipe(v.string(), v.startsWith('/')),
  pool: v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]{40}$/)),
  tickLower: v.pipe(v.number(), v.integer()),
  tickUpper: v.pipe(v.number(), v.integer()),
  leavesRange: v.boolean(),
  nearBoundPercent: v.nullable(v.pipe(v.number(), v.minValue(0))),
  farmEndsAt: v.nullable(v.number()),
})

/**
 * The saved rules, parsed rule by rule: a damaged entry is dropped (and reported), the others kept,
 * so one bad record never loses every alert.
 */
export function parseStoredRules(text: string | null): { rules: PositionAlertRule[]; dropped: number } {
  if (!text) return { rules: [], dropped: 0 }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { rules: [], dropped: 1 }
  }
  if (!Array.isArray(raw)) return { rules: [], dropped: 1 }
  const rules: PositionAlertRule[] = []
  for (const entry of raw) {
    const parsed = v.safeParse(ruleSchema, entry)
    if (parsed.success) rules.push(parsed.output as PositionAlertRule)
  }
  return { rules, dropped: raw.length - rules.length }
}

type Listener = () => void

/** The alert rules, saved in localStorage; a tiny external store for useSyncExternalStore. */
export interface AlertRuleStore {
  getRules(): readonly PositionAlertRule[]
  /** Adds or replaces the rule with this id; a rule with nothing switched on is removed. */
  setRule(rule: PositionAlertRule): void
  removeRule(id: string): void
  subscribe(listener: Listener): () => void
  /** How many saved entries could not be read at load (shown once in Settings). */
  dropped: number
}

export function createAlertRuleStore(
  storage: KeyValueStorage | undefined = browserStorage(),
): AlertRuleStore {
  const loaded = parseStoredRules(storage?.getItem(ALERT_RULES_KEY) ?? null)
  let rules: readonly PositionAlertRule[] = loaded.rules
  const listeners = new Set<Listener>()
  const save = (next: readonly PositionAlertRule[]) => {
    rules = next
    try {
      storage?.setItem(ALERT_RULES_KEY, JSON.stringify(next))
    } catch {
      // Storage full or blocked: the rules still work for this tab.
    }
    for (const listener of listeners) listener()
  }
  return {
    dropped: loaded.dropped,
    getRules: () => rules,
    setRule(rule) {
      const others = rules.filter((r) => r.id !== rule.id)
      const active = rule.leavesRange || rule.nearBoundPercent !== null || rule.farmEndsAt !== null
      save(active ? [...others, rule] : others)
    },
    removeRule(id) {
      save(rules.filter((r) => r.id !== id))
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
