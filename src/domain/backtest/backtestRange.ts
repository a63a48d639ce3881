import {
  getAmountsForLiquidity,
  getFeeGrowthInside,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  MAX_TICK,
  MIN_TICK,
  mulDiv,
  Q128,
  SECONDS_PER_YEAR,
  sqrtPriceX96ToPrice,
} from '../../math/index.ts'
import { applyV3PoolEvent } from '../replay/applyV3PoolEvent.ts'
import { createV3ReplayState, type V3ReplayState } from '../replay/v3ReplayState.ts'
import { BacktestInputError } from './BacktestInputError.ts'
import { type BoundOutside, crossBound, openBound } from './rangeCrossingTracker.ts'
import type { BacktestParameters, BacktestPoint, BacktestResult } from './types.ts'

const wrap256 = (value: bigint) => BigInt.asUintN(256, value)

function toWhole(amountWei: bigint, decimals: number): number {
  const scale = 10n ** BigInt(decimals)
  return Number(amountWei / scale) + Number(amountWei % scale) / Number(scale)
}

function feeGrowthInside(state: V3ReplayState, lower: BoundOutside, upper: BoundOutside) {
  return getFeeGrowthInside({
    tickLower: lower.tick,
    tickUpper: upper.tick,
    tickCurrent: state.tick,
    feeGrowthGlobal0X128: state.feeGrowthGlobal0X128,
    feeGrowthGlobal1X128: state.feeGrowthGlobal1X128,
    lowerFeeGrowthOutside0X128: lower.outside0X128,
    lowerFeeGrowthOutside1X128: lower.outside1X128,
    upperFeeGrowthOutside0X128: upper.outside0X128,
    upperFeeGrowthOutside1X128: upper.outside1X128,
  })
}

/**
 * Checks a backtest's range and window (shared by the exact replay and the Swap-path estimate).
 * @throws BacktestInputError('TICK' | 'TICK_ORDER' | 'WINDOW')
 */
export function checkBacktestRange(parameters: BacktestParameters): void {
  const { fromBlock, toBlock, tickLower, tickUpper } = parameters
  if (
    !Number.isInteger(tickLower) ||
    !Number.isInteger(tickUpper) ||
    tickLower < MIN_TICK ||
    tickUpper > MAX_TICK
  )
    throw new BacktestInputError('TICK', 'range bounds must be integer ticks within the tick limits')
  if (tickLower >= tickUpper) throw new BacktestInputError('TICK_ORDER', 'tickLower must be < tickUpper')
  if (tickLower % parameters.tickSpacing !== 0 || tickUpper % parameters.tickSpacing !== 0)
    throw new BacktestInputError(
      'TICK',
      `range bounds must be multiples of the tick spacing ${parameters.tickSpacing}`,
    )
  if (fromBlock > toBlock || parameters.startTimestamp > parameters.endTimestamp)
    throw new BacktestInputError('WINDOW', 'the window must start before it ends')
}

/**
 * Backtests a planned V3 range on the pool's real history: the whole history is replayed exactly
 * (see replayV3Pool) to the window's start, the position opens there, and every swap of the window
 * is replayed step by step while the range's fee growth inside is tracked as the pool tracks it.
 *
 * Own liquidity: the planned position is a price-taker. Its liquidity is NOT added to the pool, so
 * the real swaps keep their real prices and its fees are L × Δ(fee growth inside) — exact for a
 * position that really existed (its Mint is in the history, so the pool's liquidity already contains
 * it), and for a hypothetical one an upper bound of its share (had it existed, each swap's fee would
 * have been split with it: share L/(L_active + L) instead of L/L_active).
 *
 * @returns exact fees (wei), amounts at both ends, IL, fee APR, time in range and a time series
 * @throws BacktestInputError('TICK' | 'TICK_ORDER' | 'WINDOW' | 'DEPOSIT') on a bad range or window;
 *   SwapReplayMismatchError when the history is incomplete
 */
export function backtestRange(parameters: BacktestParameters): BacktestResult {
  const { events, fromBlock, toBlock, tickLower, tickUpper, decimals0, decimals1, feePips } = parameters
  checkBacktestRange(parameters)

  const state = createV3ReplayState(feePips, parameters.tickSpacing)
  let index = 0
  for (; index < events.length && (events[index] as (typeof events)[number]).blockNumber < fromBlock; index++)
    applyV3PoolEvent(state, events[index] as (typeof events)[number])
  if (!state.initialized)
    throw new BacktestInputError('WINDOW', 'the pool is not initialized at the window start')

  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const startSqrtPriceX96 = state.sqrtPriceX96
  const liquidity =
    'liquidity' in parameters.deposit
      ? parameters.deposit.liquidity
      : getLiquidityForAmounts(
          startSqrtPriceX96,
          sqrtLowerX96,
          sqrtUpperX96,
          parameters.deposit.amount0Wei,
          parameters.deposit.amount1Wei,
        )
  if (liquidity <= 0n) throw new BacktestInputError('DEPOSIT', 'the deposit gives no liquidity in this range')
  const start = getAmountsForLiquidity(startSqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
  const lower = openBound(tickLower, state.tick, state.feeGrowthGlobal0X128, state.feeGrowthGlobal1X128)
  const upper = openBound(tickUpper, state.tick, state.feeGrowthGlobal0X128, state.feeGrowthGlobal1X128)
  const insideStart = feeGrowthInside(state, lower, upper)

  const feesNow = () => {
    const inside = feeGrowthInside(state, lower, upper)
    return {
      fees0Wei: mulDiv(
        wrap256(inside.feeGrowthInside0X128 - insideStart.feeGrowthInside0X128),
        liquidity,
        Q128,
      ),
      fees1Wei: mulDiv(
        wrap256(inside.feeGrowthInside1X128 - insideStart.feeGrowthInside1X128),
        liquidity,
        Q128,
      ),
    }
  }
  const hodl0 = toWhole(start.amount0, decimals0)
  const hodl1 = toWhole(start.amount1, decimals1)
  const inRange = () => state.tick >= tickLower && state.tick < tickUpper
  const point = (timestamp: number, blockNumber: bigint): BacktestPoint => {
    const price = sqrtPriceX96ToPrice(state.sqrtPriceX96, decimals0, decimals1)
    const amounts = getAmountsForLiquidity(state.sqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
    const fees = feesNow()
    return {
      timestamp,
      blockNumber,
      price,
      positionValue1: toWhole(amounts.amount0, decimals0) * price + toWhole(amounts.amount1, decimals1),
      hodlValue1: hodl0 * price + hodl1,
      cumulativeFeesValue1: toWhole(fees.fees0Wei, decimals0) * price + toWhole(fees.fees1Wei, decimals1),
      inRange: inRange(),
    }
  }

  const series: BacktestPoint[] = [point(parameters.startTimestamp, fromBlock)]
  let secondsInRange = 0
  let lastTimestamp = parameters.startTimestamp
  let swapCount = 0
  const onStep: Parameters<typeof applyV3PoolEvent>[2] = (step, globals) => {
    crossBound(lower, step, globals, feePips, state.feeProtocol)
    crossBound(upper, step, globals, feePips, state.feeProtocol)
  }
  for (; index < events.length; index++) {
    const event = events[index] as (typeof events)[number]
    if (event.blockNumber > toBlock) break
    const timestamp = Math.min(
      parameters.endTimestamp,
      Math.max(parameters.startTimestamp, event.timestamp ?? lastTimestamp),
    )
    if (event.kind !== 'swap') {
      applyV3PoolEvent(state, event)
      continue
    }
    if (inRange()) secondsInRange += timestamp - lastTimestamp
    lastTimestamp = timestamp
    applyV3PoolEvent(state, event, onStep)
    swapCount += 1
    series.push(point(timestamp, event.blockNumber))
  }
  if (inRange()) secondsInRange += parameters.endTimestamp - lastTimestamp
  const last = point(parameters.endTimestamp, toBlock)
  series.push(last)

  const end = getAmountsForLiquidity(state.sqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
  const fees = feesNow()
  const windowSeconds = parameters.endTimestamp - parameters.startTimestamp
  const startValue1 = (series[0] as BacktestPoint).positionValue1
  const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : 0)
  return {
    liquidity,
    tickLower,
    tickUpper,
    startAmount0Wei: start.amount0,
    startAmount1Wei: start.amount1,
    endAmount0Wei: end.amount0,
    endAmount1Wei: end.amount1,
    fees0Wei: fees.fees0Wei,
    fees1Wei: fees.fees1Wei,
    startSqrtPriceX96,
    endSqrtPriceX96: state.sqrtPriceX96,
    startTimestamp: parameters.startTimestamp,
    endTimestamp: parameters.endTimestamp,
    swapCount,
    secondsInRange,
    timeInRangeShare: ratio(secondsInRange, windowSeconds),
    impermanentLoss: ratio(last.positionValue1, last.hodlValue1) - (last.hodlValue1 > 0 ? 1 : 0),
    feeApr: ratio(last.cumulativeFeesValue1, startValue1) * ratio(SECONDS_PER_YEAR, windowSeconds),
    netReturnVsHodl: ratio(
      last.positionValue1 + last.cumulativeFeesValue1 - last.hodlValue1,
      last.hodlValue1,
    ),
    series,
  }
}
