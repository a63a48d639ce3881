import { describe, expect, it } from 'vitest'
import { ALERT_RULE_FIXTURE } from '../../test-utils/alertRule.ts'
import { createMemoryStorage } from '../../test-utils/memoryStorage.ts'
import { ALERT_RULES_KEY, createAlertRuleStore, parseStoredRules } from './alertRuleStore.ts'

const rule = ALERT_RULE_FIXTURE

describe('alert rule store', () => {
  it('saves, replaces and removes rules, and a rule with nothing on is removed', () => {
    const storage = createMemoryStorage()
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
    expect(createAlertRuleStore(createMemoryStorage({ [ALERT_RULES_KEY]: text })).dropped).toBe(3)
  })
})
