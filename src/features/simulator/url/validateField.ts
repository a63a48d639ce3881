import { LIMITS, parseDecimal } from './simulatorParams.ts'

// Hand-written on purpose: each input field gets its own plain-words message from the strict decimal
// parser above, and the page shows it as the user types; a schema library would only wrap these checks.

/** A field's parsed value, or the inline message to show under it. */
export type FieldResult = { ok: true; value: number } | { ok: false; error: string }

/** Deposit in USD: a number above 0 and at most $1T. */
export function validateDepositUsd(text: string): FieldResult {
  const value = parseDecimal(text)
  if (value === null) return { ok: false, error: 'Enter an amount in USD, e.g. 10000.' }
  if (value <= 0) return { ok: false, error: 'The deposit must be above $0.' }
  if (value > LIMITS.maxDepositUsd) return { ok: false, error: 'That is more than $1 trillion.' }
  return { ok: true, value }
}

/** Volatility in % per year: above 0 and at most 1000 %. */
export function validateVolatilityPercent(text: string): FieldResult {
  const value = parseDecimal(text)
  if (value === null) return { ok: false, error: 'Enter a volatility in % per year, e.g. 60.' }
  if (value <= 0) return { ok: false, error: 'Volatility must be above 0 %.' }
  if (value > LIMITS.maxVolatilityPercent)
    return { ok: false, error: 'Volatility above 1000 %/yr is not meaningful.' }
  return { ok: true, value }
}

/** Horizon in days: above 0 and at most 10 years. */
export function validateHorizonDays(text: string): FieldResult {
  const value = parseDecimal(text)
  if (value === null) return { ok: false, error: 'Enter a number of days, e.g. 30.' }
  if (value <= 0) return { ok: false, error: 'The horizon must be above 0 days.' }
  if (value > LIMITS.maxHorizonDays)
    return { ok: false, error: 'The horizon can be at most 10 years (3650 days).' }
  return { ok: true, value }
}

/** τ of the τ-reset strategy in hours: above 0 and at most 10 years. */
export function validateResetHours(text: string): FieldResult {
  const value = parseDecimal(text)
  if (value === null) return { ok: false, error: 'Enter a number of hours, e.g. 24.' }
  if (value <= 0) return { ok: false, error: 'τ must be above 0 hours.' }
  if (value > LIMITS.maxResetHours)
    return {
      ok: false,
      error: `τ can be at most ${LIMITS.maxResetHours.toLocaleString('en-US')} hours (10 years).`,
    }
  return { ok: true, value }
}

/** Reward token volatility in % per year: 0 (no price risk) up to 1000 %. */
export function validateRewardVolatilityPercent(text: string): FieldResult {
  const value = parseDecimal(text)
  if (value === null) return { ok: false, error: 'Enter a volatility in % per year, e.g. 100.' }
  if (value < 0) return { ok: false, error: 'Volatility cannot be negative.' }
  if (value > LIMITS.maxVolatilityPercent)
    return { ok: false, error: 'Volatility above 1000 %/yr is not meaningful.' }
  return { ok: true, value }
}

/** One bound of a custom range: a price (> 0) or a % offset (> −100). */
export function validateBound(text: string, kind: 'price' | 'pct'): FieldResult {
  const value = parseDecimal(text)
  if (value === null)
    return { ok: false, error: kind === 'price' ? 'Enter a price.' : 'Enter a % offset, e.g. −10.' }
  if (kind === 'price' && value <= 0) return { ok: false, error: 'A price must be above 0.' }
  if (kind === 'pct' && value <= -100) return { ok: false, error: 'An offset must be above −100 %.' }
  return { ok: true, value }
}

/** Lower must be strictly below upper. */
export function validateBoundOrder(lower: number, upper: number): string | null {
  return lower >= upper ? 'The minimum must be below the maximum.' : null
}
