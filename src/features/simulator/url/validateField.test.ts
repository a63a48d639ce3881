import { describe, expect, it } from 'vitest'
import {
  validateBound,
  validateBoundOrder,
  validateDepositUsd,
  validateHorizonDays,
  validateResetHours,
  validateRewardVolatilityPercent,
  validateVolatilityPercent,
} from './validateField.ts'

describe('field validation', () => {
  it('τ: hours above 0, at most 10 years, numeric', () => {
    expect(validateResetHours('6')).toEqual({ ok: true, value: 6 })
    expect(validateResetHours('0.5')).toEqual({ ok: true, value: 0.5 })
    expect(validateResetHours('0')).toEqual({ ok: false, error: 'τ must be above 0 hours.' })
    expect(validateResetHours('-2')).toEqual({ ok: false, error: 'τ must be above 0 hours.' })
    expect(validateResetHours('1e9')).toEqual({
      ok: false,
      error: 'τ can be at most 87,600 hours (10 years).',
    })
    expect(validateResetHours('soon')).toEqual({ ok: false, error: 'Enter a number of hours, e.g. 24.' })
  })

  it('reward volatility: 0 % (no price risk) up to 1000 %, never negative', () => {
    expect(validateRewardVolatilityPercent('0')).toEqual({ ok: true, value: 0 })
    expect(validateRewardVolatilityPercent('150')).toEqual({ ok: true, value: 150 })
    expect(validateRewardVolatilityPercent('-20')).toEqual({
      ok: false,
      error: 'Volatility cannot be negative.',
    })
    expect(validateRewardVolatilityPercent('5000').ok).toBe(false)
    expect(validateRewardVolatilityPercent('x').ok).toBe(false)
  })

  it('deposit: positive, numeric, at most $1T', () => {
    expect(validateDepositUsd('1000')).toEqual({ ok: true, value: 1000 })
    expect(validateDepositUsd('0')).toEqual({ ok: false, error: 'The deposit must be above $0.' })
    expect(validateDepositUsd('-1').ok).toBe(false)
    expect(validateDepositUsd('ten').ok).toBe(false)
    expect(validateDepositUsd('2e12').ok).toBe(false)
  })

  it('volatility: (0, 1000] % per year', () => {
    expect(validateVolatilityPercent('1000')).toEqual({ ok: true, value: 1000 })
    expect(validateVolatilityPercent('1000.1')).toEqual({
      ok: false,
      error: 'Volatility above 1000 %/yr is not meaningful.',
    })
    expect(validateVolatilityPercent('0').ok).toBe(false)
  })

  it('horizon: (0, 3650] days', () => {
    expect(validateHorizonDays('3650')).toEqual({ ok: true, value: 3650 })
    expect(validateHorizonDays('3651').ok).toBe(false)
    expect(validateHorizonDays('-2').ok).toBe(false)
  })

  it('custom bounds: prices > 0, offsets > −100 %, lower < upper', () => {
    expect(validateBound('0', 'price').ok).toBe(false)
    expect(validateBound('-50', 'pct')).toEqual({ ok: true, value: -50 })
    expect(validateBound('-100', 'pct').ok).toBe(false)
    expect(validateBoundOrder(2, 2)).toBe('The minimum must be below the maximum.')
    expect(validateBoundOrder(1, 2)).toBeNull()
  })
})
