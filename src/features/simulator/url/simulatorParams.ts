import { type Address, getAddress, isAddress } from 'viem'
import type { RangePreset } from '../../../domain/projection/types.ts'

/** The simulator's whole state, as carried by the URL. */
export type SimulatorParams = {
  /** Pool or pair address; undefined = the chain's default pool. */
  pool: Address | undefined
  depositUsd: number
  preset: RangePreset
  /** Custom bounds: prices for 'price', % offsets for 'pct'. */
  lower: number | undefined
  upper: number | undefined
  /** Volatility in percent per year; undefined = the pool's realized volatility. */
  volatilityPercent: number | undefined
  horizonDays: number
  paths: number
  /** Backtest window: the last this many days of chain time. */
  backtestDays: BacktestDays
  /** τ of the τ-reset strategy: hours out of range before re-centring. */
  resetHours: number
  /** Reward token volatility in % per year; undefined = realized (or the stated default). */
  rewardVolatilityPercent: number | undefined
  /**
   * The range picker's price direction: true = token0 per token1 (flipped), false = token1 per token0;
   * undefined = the default for the pool's tokens (a stablecoin or the wrapped native as quote). Only the
   * display: the range (its ticks) is the same either way.
   */
  inverted: boolean | undefined
}

/** Backtest windows the page offers (days of chain time). */
export const BACKTEST_WINDOWS_DAYS = [7, 14, 30] as const
export type BacktestDays = (typeof BACKTEST_WINDOWS_DAYS)[number]

/** A URL parameter that was present but invalid, and what replaced it. */
export type IgnoredParam = { name: string; value: string; reason: string }

export const DEFAULT_PARAMS: SimulatorParams = {
  pool: undefined,
  depositUsd: 10_000,
  preset: '10',
  lower: undefined,
  upper: undefined,
  volatilityPercent: undefined,
  horizonDays: 30,
  paths: 5000,
  backtestDays: 7,
  resetHours: 24,
  rewardVolatilityPercent: undefined,
  inverted: undefined,
}

/** Limits shared by the URL parser and the input fields. */
export const LIMITS = {
  maxDepositUsd: 1e12,
  maxVolatilityPercent: 1000,
  maxHorizonDays: 3650,
  minPaths: 100,
  maxPaths: 100_000,
  /** τ at most 10 years. */
  maxResetHours: 87_600,
} as const

const PRESETS: readonly RangePreset[] = ['full', '1', '5', '10', '25', '50', '30d', 'price', 'pct']

/** Presets whose bounds travel in the URL: prices ('price', '30d') or % offsets ('pct'). */
export const isCustomPreset = (preset: RangePreset): preset is 'price' | 'pct' | '30d' =>
  preset === 'price' || preset === 'pct' || preset === '30d'

/** A strict decimal number (no hex, no "1e", no trailing junk); null otherwise. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : null
}

/** The query parameters the simulator reads and writes, in the order a written URL lists them. */
export const SIMULATOR_QUERY_KEYS = [
  'pool',
  'amount',
  'preset',
  'lower',
  'upper',
  'vol',
  'horizon',
  'paths',
  'backtest',
  'tau',
  'rvol',
  'invert',
] as const
export type SimulatorQueryKey = (typeof SIMULATOR_QUERY_KEYS)[number]
/** The raw query values (null = absent), as the URL-state hook (nuqs) holds them. */
export type SimulatorQuery = Record<SimulatorQueryKey, string | null>

/**
 * Parses the simulator URL query. Each invalid parameter falls back to its default and is reported,
 * so the page can say what it ignored; missing parameters take their defaults silently.
 *
 * Validation stays here rather than in nuqs parsers: a nuqs parser can only turn a bad value into
 * null, while the page must say which parameter it ignored and why, and lower/upper depend on the
 * preset. nuqs holds the raw strings and keeps them in sync with the URL (useSimulatorParams).
 * @param search the query string, with or without "?", or the raw values by name
 * @returns the parsed state and the ignored parameters
 * @example parseSimulatorParams('?amount=-5').ignored // [{ name: 'amount', value: '-5', reason: 'must be a number above 0' }]
 */
export function parseSimulatorParams(search: string | Readonly<Partial<SimulatorQuery>>): {
  params: SimulatorParams
  ignored: IgnoredParam[]
} {
  const query =
    typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : null
  const ignored: IgnoredParam[] = []
  const params: SimulatorParams = { ...DEFAULT_PARAMS }
  const read = (name: SimulatorQueryKey) =>
    (query ? query.get(name) : (search as Partial<SimulatorQuery>)[name]) ?? undefined
  const reject = (name: string, value: string, reason: string) => ignored.push({ name, value, reason })

  const pool = read('pool')
  if (pool !== undefined) {
    if (isAddress(pool, { strict: false })) params.pool = getAddress(pool)
    else reject('pool', pool, 'not an address')
  }
  const amount = read('amount')
  if (amount !== undefined) {
    const value = parseDecimal(amount)
    if (value === null || value <= 0) reject('amount', amount, 'must be a number above 0')
    else if (value > LIMITS.maxDepositUsd) reject('amount', amount, 'above $1,000,000,000,000')
    else params.depositUsd = value
  }
  const preset = read('preset')
  if (preset !== undefined) {
    if ((PRESETS as readonly string[]).includes(preset)) params.preset = preset as RangePreset
    else reject('preset', preset, `must be one of ${PRESETS.join(', ')}`)
  }
  if (isCustomPreset(params.preset)) {
    const lowerText = read('lower') ?? ''
    const upperText = read('upper') ?? ''
    const lower = parseDecimal(lowerText)
    const upper = parseDecimal(upperText)
    const reason =
      lower === null || upper === null
        ? 'custom range needs numeric lower and upper'
        : lower >= upper
          ? 'lower must be below upper'
          : params.preset !== 'pct' && lower <= 0
            ? 'prices must be above 0'
            : params.preset === 'pct' && lower <= -100
              ? 'lower offset must be above −100 %'
              : null
    if (reason === null) {
      params.lower = lower as number
      params.upper = upper as number
    } else {
      reject('lower/upper', `${lowerText}…${upperText}`, `${reason}; using the ±10 % preset`)
      params.preset = DEFAULT_PARAMS.preset
    }
  }
  const vol = read('vol')
  if (vol !== undefined) {
    const value = parseDecimal(vol)
    if (value === null || value <= 0 || value > LIMITS.maxVolatilityPercent)
      reject('vol', vol, 'must be a volatility in (0, 1000] % per year; using the realized volatility')
    else params.volatilityPercent = value
  }
  const horizon = read('horizon')
  if (horizon !== undefined) {
    const value = parseDecimal(horizon)
    if (value === null || value <= 0 || value > LIMITS.maxHorizonDays)
      reject('horizon', horizon, 'must be days in (0, 3650]')
    else params.horizonDays = value
  }
  const paths = read('paths')
  if (paths !== undefined) {
    const value = parseDecimal(paths)
    if (value === null || !Number.isInteger(value) || value < LIMITS.minPaths || value > LIMITS.maxPaths)
      reject('paths', paths, `must be a whole number in [${LIMITS.minPaths}, ${LIMITS.maxPaths}]`)
    else params.paths = value
  }
  const backtest = read('backtest')
  if (backtest !== undefined) {
    const value = parseDecimal(backtest)
    const window = BACKTEST_WINDOWS_DAYS.find((days) => days === value)
    if (window === undefined)
      reject('backtest', backtest, `must be one of ${BACKTEST_WINDOWS_DAYS.join(', ')} days`)
    else params.backtestDays = window
  }
  const tau = read('tau')
  if (tau !== undefined) {
    const value = parseDecimal(tau)
    if (value === null || value <= 0 || value > LIMITS.maxResetHours)
      reject('tau', tau, `must be hours in (0, ${LIMITS.maxResetHours}]`)
    else params.resetHours = value
  }
  const rvol = read('rvol')
  if (rvol !== undefined) {
    const value = parseDecimal(rvol)
    if (value === null || value < 0 || value > LIMITS.maxVolatilityPercent)
      reject('rvol', rvol, 'must be a volatility in [0, 1000] % per year; using the default')
    else params.rewardVolatilityPercent = value
  }
  const invert = read('invert')
  if (invert !== undefined) {
    if (invert === '1' || invert === '0') params.inverted = invert === '1'
    else reject('invert', invert, 'must be 1 (token0 per token1) or 0 (token1 per token0)')
  }
  return { params, ignored }
}

/**
 * Writes the state back as a query string (stable order; custom bounds only for custom presets,
 * volatility only when the user set it), so a shared URL reproduces the projection.
 * @returns "pool=…&amount=…" without "?"
 */
export function serializeSimulatorParams(params: SimulatorParams): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(simulatorQueryValues(params)))
    if (value !== null) query.set(name, value)
  return query.toString()
}

/**
 * The state as raw query values for the URL-state hook: null removes a parameter (no pool chosen,
 * bounds of a preset range, the realized volatility).
 */
export function simulatorQueryValues(params: SimulatorParams): SimulatorQuery {
  const custom = isCustomPreset(params.preset) && params.lower !== undefined && params.upper !== undefined
  return {
    pool: params.pool ?? null,
    amount: String(params.depositUsd),
    preset: params.preset,
    lower: custom ? String(params.lower) : null,
    upper: custom ? String(params.upper) : null,
    vol: params.volatilityPercent === undefined ? null : String(params.volatilityPercent),
    horizon: String(params.horizonDays),
    paths: String(params.paths),
    backtest: String(params.backtestDays),
    tau: params.resetHours === DEFAULT_PARAMS.resetHours ? null : String(params.resetHours),
    rvol: params.rewardVolatilityPercent === undefined ? null : String(params.rewardVolatilityPercent),
    invert: params.inverted === undefined ? null : params.inverted ? '1' : '0',
  }
}
