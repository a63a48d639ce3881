import { describe, expect, it } from 'vitest'
import { REALIZED_FEE_APR_MIN_AGE_SECONDS, realizedFeeApr } from './realizedFeeApr.ts'

describe('#realizedFeeApr', () => {
  it('annualises lifetime fees over the gross deposit, simply', () => {
    // $10 over $3,650 in one day: 10 / 3650 × 365 = 1 (100 % a year).
    expect(realizedFeeApr({ lifetimeFeesUsd: 10, grossDepositUsd: 3650, earningSeconds: 86_400 })).toEqual({
      kind: 'ok',
      value: 1,
    })
    // $50 over $1,000 in half a year (182.5 days): 0.05 × 2 = 0.1.
    const half = realizedFeeApr({ lifetimeFeesUsd: 50, grossDepositUsd: 1000, earningSeconds: 15_768_000 })
    expect(half.kind === 'ok' && half.value).toBeCloseTo(0.1, 12)
  })

  it('is "too recent" under 24 h of chain time (no 566 % on a position minutes old)', () => {
    expect(REALIZED_FEE_APR_MIN_AGE_SECONDS).toBe(86_400)
    expect(realizedFeeApr({ lifetimeFeesUsd: 0.5, grossDepositUsd: 1000, earningSeconds: 300 })).toEqual({
      kind: 'too-recent',
      earningSeconds: 300,
    })
    expect(realizedFeeApr({ lifetimeFeesUsd: 0, grossDepositUsd: 1000, earningSeconds: 86_399 }).kind).toBe(
      'too-recent',
    )
  })

  it('is unavailable without a priced fee, a positive deposit or an opening time', () => {
    const base = { lifetimeFeesUsd: 10, grossDepositUsd: 1000, earningSeconds: 200_000 }
    expect(realizedFeeApr({ ...base, lifetimeFeesUsd: null }).kind).toBe('unavailable')
    expect(realizedFeeApr({ ...base, grossDepositUsd: null }).kind).toBe('unavailable')
    expect(realizedFeeApr({ ...base, grossDepositUsd: 0 }).kind).toBe('unavailable')
    expect(realizedFeeApr({ ...base, earningSeconds: null }).kind).toBe('unavailable')
  })
})
