/** A typed slippage or deadline: the value to use, or the message to show under the field. */
export type TradeSettingResult = { ok: true; value: number } | { ok: false; message: string }

/** Slippage tolerance bounds in basis points: 0.01 % … 50 %. */
export const SLIPPAGE_BPS_RANGE = { min: 1, max: 5_000 } as const
/** Deadline bounds in minutes: 1 minute … 3 days. */
export const DEADLINE_MINUTES_RANGE = { min: 1, max: 4_320 } as const

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/

/**
 * Parses a slippage typed in percent into basis points (at most two decimals, 0.01 %–50 %).
 * @example validateSlippagePercent('0.5') // { ok: true, value: 50 }
 */
export function validateSlippagePercent(text: string): TradeSettingResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Enter a slippage tolerance in %, e.g. 0.5.' }
  if (trimmed.startsWith('-')) return { ok: false, message: 'Slippage cannot be negative.' }
  if (!PLAIN_DECIMAL.test(trimmed))
    return { ok: false, message: 'Write the slippage as a plain number of %, e.g. 0.5.' }
  if ((trimmed.split('.')[1] ?? '').length > 2)
    return { ok: false, message: 'Slippage takes at most 2 decimals (0.01 % steps).' }
  const bps = Math.round(Number(trimmed) * 100)
  if (bps < SLIPPAGE_BPS_RANGE.min) return { ok: false, message: 'Slippage must be at least 0.01 %.' }
  if (bps > SLIPPAGE_BPS_RANGE.max)
    return { ok: false, message: 'Slippage above 50 % would accept almost any price: use at most 50.' }
  return { ok: true, value: bps }
}

/**
 * Parses a deadline typed in whole minutes (1 minute … 3 days).
 * @example validateDeadlineMinutes('20') // { ok: true, value: 20 }
 */
export function validateDeadlineMinutes(text: string): TradeSettingResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Enter a deadline in minutes, e.g. 20.' }
  if (trimmed.startsWith('-')) return { ok: false, message: 'The deadline cannot be negative.' }
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'The deadline is a whole number of minutes.' }
  const minutes = Number(trimmed)
  if (minutes < DEADLINE_MINUTES_RANGE.min)
    return { ok: false, message: 'The deadline must be at least 1 minute.' }
  if (minutes > DEADLINE_MINUTES_RANGE.max)
    return { ok: false, message: 'The deadline can be at most 3 days (4320 minutes).' }
  return { ok: true, value: minutes }
}
