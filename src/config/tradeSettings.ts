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

/**
 * Parses the stored trade settings: each field outside its valid range (or the whole value, if it is not
 * a JSON object) falls back to its default and is named in `unreadable` (for the stored-data notice).
 * @example parseTradeSettings('{"slippageBps":60000}') // { settings: { slippageBps: 50, deadlineMinutes: 20 }, unreadable: ['slippage'] }
 */
export function parseTradeSettings(raw: string | null): { settings: TradeSettings; unreadable: string[] } {
  if (raw === null) return { settings: DEFAULT_TRADE_SETTINGS, unreadable: [] }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { settings: DEFAULT_TRADE_SETTINGS, unreadable: ['slippage and deadline'] }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { settings: DEFAULT_TRADE_SETTINGS, unreadable: ['slippage and deadline'] }
  const value = json as Record<string, unknown>
  const unreadable: string[] = []
  const slippage = value.slippageBps
  const slippageOk = Number.isInteger(slippage) && (slippage as number) >= 1 && (slippage as number) <= 5_000
  if (slippage !== undefined && !slippageOk) unreadable.push('slippage')
  const deadline = value.deadlineMinutes
  const deadlineOk = Number.isInteger(deadline) && (deadline as number) >= 1 && (deadline as number) <= 4_320
  if (deadline !== undefined && !deadlineOk) unreadable.push('deadline')
  return {
    settings: {
      slippageBps: slippageOk ? (slippage as number) : DEFAULT_SLIPPAGE_BPS,
      deadlineMinutes: deadlineOk ? (deadline as number) : DEFAULT_DEADLINE_MINUTES,
    },
    unreadable,
  }
}
