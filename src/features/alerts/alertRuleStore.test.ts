import { describe, expect, it } from 'vitest'
import type { PositionAlertRule } from '../../domain/alerts/alertRules.ts'
import { ALERT_RULES_KEY, createAlertRuleStore, parseStoredRules } from './alertRuleStore.ts'

const rule: PositionAlertRule = {
  id: '31337:v3:7',
  chainId: 31337,
  positionId: 'v3:7',
  label: 'WETH/USDC 0.3 % #7',
  href: '/positions/31337/7',
  pool: '0x00000000000000000000000000000000000000aa',
  tickLower: -600,
  tickUpper: 600,
  leavesRange: true,
  nearBoundPercent: null,
  farmEndsAt: null,
}

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial))
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  }
}

describe('alert rule store', () => {
  it('saves, replaces and removes rules, and a rule with nothing on is removed', () => {
    const storage = memoryStorage()
    const store = createAlertRuleStore(storage)
    let calls = 0
    store.subscribe(() => calls++)
    store.setRule(rule)
    store.setRule({ ...rule, nearBoundPercent: 5 })
    expect(store.getRules()).toEqual([{ ...rule, nearBoundPercent: 5 }])
    expect(createAlertRuleStore(storage).getRules()).toEqual([{ ...rule, nearBoundPercent: 5 }])
    store.setRule({ ...rule, leavesRange: false, nearBoundPercent: null })
    expect(store.getRules()).toEqual([])
    store.setRule(rule)
    store.removeRule(rule.id)
    expect(JSON.parse(storage.getItem(ALERT_RULES_KEY) ?? 'null')).toEqual([])
    expect(calls).toBe(5)
  })
  it('keeps the readable rules of a damaged record and counts the rest', () => {
    const text = JSON.stringify([rule, { ...rule, id: 2 }, { ...rule, pool: 'nope' }, 'x'])
    expect(parseStoredRules(text)).toEqual({ rules: [rule], dropped: 3 })
    expect(parseStoredRules('{not json')).toEqual({ rules: [], dropped: 1 })
    expect(parseStoredRules('{"a":1}')).toEqual({ rules: [], dropped: 1 })
    expect(parseStoredRules(null)).toEqual({ rules: [], dropped: 0 })
    expect(createAlertRuleStore(memoryStorage({ [ALERT_RULES_KEY]: text })).dropped).toBe(3)
  })
})
