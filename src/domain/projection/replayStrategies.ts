import { SECONDS_PER_YEAR } from '../../math/constants.ts'
import { evaluateStrategyPath, type PathOutcome, type StrategyCosts } from '../../math/strategies.ts'
import type { BacktestResult } from '../backtest/types.ts'
import type { Outcome } from './outcome.ts'

/** Static and τ-reset replayed over a backtest window's real price path. */
export type BacktestStrategyReplay = {
  static: PathOutcome
  reset: PathOutcome
  /** The fee yield per year while in range the replay charges: the exact backtest's, per time in range. */
  feeAprInRange: number
  /** Price samples of the window (one per swap). */
  samples: number
}

/**
 * Replays a static range and the τ-reset strategy over the exact backtest's price series (one sample
 * per swap), as floats at the statistics boundary: fees at the backtest's realized in-range fee yield
 * (result.feeApr / time in range), scaled by liquidity after each re-centring; no rewards. The exact
 * bigint backtest of the static range stays the reference figure; this shows what re-centring would
 * have changed.
 * @param range the range's price bounds (token1 per token0); full range never re-centres
 * @returns both outcomes, or why the window cannot be replayed
 */
export function replayStrategiesOnBacktest(
  result: BacktestResult,
  range: { priceLower: number; priceUpper: number; isFullRange: boolean },
  inputs: { resetHours: number; costs: StrategyCosts },
): Outcome<BacktestStrategyReplay> {
  const { series } = result
  const first = series[0]
  if (!first || series.length < 2) return { ok: false, reason: 'the window has fewer than two prices' }
  if (!(inputs.resetHours > 0)) return { ok: false, reason: 'τ must be above 0 hours' }
  const start = first.price
  if (!(start > 0)) return { ok: false, reason: 'no start price' }
  const lowerRelative = range.priceLower / start
  const upperRelative = range.priceUpper / start
  if (!range.isFullRange && !(lowerRelative < 1 && upperRelative > 1))
    return { ok: false, reason: 'the range did not contain the price at the window’s start' }
  const prices = series.map((point) => point.price / start)
  const times = series.map((point) => Math.max(0, point.timestamp - first.timestamp) / SECONDS_PER_YEAR)
  const feeAprInRange = result.timeInRangeShare > 0 ? result.feeApr / result.timeInRangeShare : 0
  const common = {
    ...(range.isFullRange ? {} : { lowerRelative, upperRelative }),
    feeApr: feeAprInRange,
    rewardApr: 0,
    rewardsOnlyInRange: true,
    rewardYears: 0,
    costs: inputs.costs,
  }
  try {
    return {
      ok: true,
      value: {
        static: evaluateStrategyPath(prices, times, common),
        reset: evaluateStrategyPath(prices, times, { ...common, resetAfterYears: inputs.resetHours / 8760 }),
        feeAprInRange,
        samples: series.length,
      },
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'replay failed' }
  }
}
