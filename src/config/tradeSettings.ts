import * as v from 'valibot'
import { readStoredField, StoredObjectSchema } from './storedDataSchema.ts'

/** Where the slippage tolerance and deadline (shared by Add liquidity and Manage) are remembered. */
export const TRADE_SETTINGS_STORAGE_KEY = 'poolscope.addLiquidity.settings'

/** Default slippage tolerance: 0.5 % (50 bps). */
export const DEFAULT_SLIPPAGE_BPS = 50
/** Default deadline: 20 minutes after the latest block. */
export const DEFAULT_DEADLINE_MINUTES = 20

/** Slippage in basis points (1 … 5,000 = 0.01 % … 50 %) and deadline in minutes (1 … 4,320). */
export interface TradeSettings {
  slippageBps: number
  deadlineMinutes: number
}

export const DEFAULT_TRADE_SETTINGS: TradeSettings = {
  slippageBps: DEFAULT_SLIPPAGE_BPS,
  deadlineMinutes: DEFAULT_DEADLINE_MINUTES,
}

/** Slippage tolerance in basis points: an integer in 1 … 5,000. */
export const SlippageBpsSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000))
/** Deadline in minutes after the latest block: an integer in 1 … 4,320 (three days). */
export const DeadlineMinutesSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4_320))

/**
 * Parses the stored trade settings: each field outside its valid range (or the whole value, if it is not
 * a JSON object) falls back to its default and is named in `unreadable` (for the stored-data notice).
 * @example parseTradeSettings('{"slippageBps":60000}') // { settings: { slippageBps: 50, deadlineMinutes: 20 }, unreadable: ['slippage'] }
 */
export function parseTradeSettings(raw: string | null): { settings: TradeSettings; unreadable: string[] } {
  if (raw === null) return { settings: DEFAULT_TRADE_SETTINGS, unreadable: [] }
  const stored = v.safeParse(StoredObjectSchema, raw)
  if (!stored.success) return { settings: DEFAULT_TRADE_SETTINGS, unreadable: ['slippage and deadline'] }
  const unreadable: string[] = []
  const settings: TradeSettings = {
    slippageBps: readStoredField(
      stored.output,
      'slippageBps',
      SlippageBpsSchema,
      DEFAULT_SLIPPAGE_BPS,
      'slippage',
      unreadable,
    ),
    deadlineMinutes: readStoredField(
      stored.output,
      'deadlineMinutes',
      DeadlineMinutesSchema,
      DEFAULT_DEADLINE_MINUTES,
      'deadline',
      unreadable,
    ),
  }
  return { settings, unreadable }
}
