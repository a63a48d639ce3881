import {
  getAmount0Delta,
  getAmount1Delta,
  getAmountsForLiquidity,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  SECONDS_PER_YEAR,
  sqrtPriceX96ToPrice,
} from '../../math/index.ts'
import { BacktestInputError } from './BacktestInputError.ts'
import { checkBacktestRange } from './backtestRange.ts'
import type { BacktestParameters, BacktestPoint, BacktestResult } from './types.ts'

const PIPS = 1_000_000n

/** How {@link estimateBacktestFromSwaps} computes fees, for the page's "how it was made" note. */
export const SWAP_PATH_BACKTEST_BASIS =
  'Estimate from Swap events only (no Mint/Burn history needed): each swap moves the price from the previous swap’s price to its own; the part of that move inside the range earns the position L × Δ(price) × fee / (1 − fee) in the input token, which is what the pool credits a price-taking position up to rounding and any protocol fee.'

/** The smaller / larger of two bigints (Math.min and Math.max take numbers only). */
function smaller(a: bigint, b: bigint): bigint {
  if (a < b) return a
  return b
}
function larger(a: bigint, b: bigint): bigint {
  if (a > b) return a
  return b
}

function toWhole(amountWei: bigint, decimals: number): number {
  const scale = 10n ** BigInt(decimals)
  return Number(amountWei / scale) + Number(amountWei % scale) / Number(scale)
}

/**
 * Backtests a planned V3 range from the Swap events of a bounded window (a public chain, where the
 * pool's whole history is too long to replay). The position is a price-taker, as in backtestRange: each
 * swap's price move from the previous swap's price to its own is clipped to the range, and the clipped
 * move earns `L × Δ × fee/(1 − fee)` of the input token (Δ: getAmount0Delta / getAmount1Delta). This
 * is the fee growth the pool credits inside the range for a position of liquidity L, without needing
 * the liquidity map (it cancels out); it differs from the exact replay only by per-step rounding and
 * the protocol fee share.
 * @param parameters as backtestRange; `events` need only cover the window and one swap (or the pool's
 *   Initialize) before `fromBlock`, which gives the start price
 * @throws BacktestInputError('TICK' | 'TICK_ORDER' | 'WINDOW' | 'DEPOSIT') as backtestRange
 */
export function estimateBacktestFromSwaps(parameters: BacktestParameters): BacktestResult {
  const { events, fromBlock, toBlock, tickLower, tickUpper, decimals0, decimals1 } = parameters
  checkBacktestRange(parameters)
  let price: { sqrtPriceX96: bigint; tick: number } | null = null
  let index = 0
  for (; index < events.length; index++) {
    const event = events[index] as (typeof events)[number]
    if (event.blockNumber >= fromBlock) break
    if (event.kind === 'swap' || event.kind === 'initialize') price = event
  }
  if (!price) throw new BacktestInputError('WINDOW', 'no pool price is known at the window start')
  const fee = BigInt(parameters.feePips)
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const startSqrtPriceX96 = price.sqrtPriceX96
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
  const hodl0 = toWhole(start.amount0, decimals0)
  const hodl1 = toWhole(start.amount1, decimals1)
  let sqrtPriceX96 = startSqrtPriceX96
  let tick = price.tick
  let fees0Wei = 0n
  let fees1Wei = 0n
  const inRange = () => tick >= tickLower && tick < tickUpper
  const point = (timestamp: number, blockNumber: bigint): BacktestPoint => {
    const now = sqrtPriceX96ToPrice(sqrtPriceX96, decimals0, decimals1)
    const amounts = getAmountsForLiquidity(sqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
    return {
      timestamp,
      blockNumber,
      price: now,
      positionValue1: toWhole(amounts.amount0, decimals0) * now + toWhole(amounts.amount1, decimals1),
      hodlValue1: hodl0 * now + hodl1,
      cumulativeFeesValue1: toWhole(fees0Wei, decimals0) * now + toWhole(fees1Wei, decimals1),
      inRange: inRange(),
    }
  }
  const series: BacktestPoint[] = [point(parameters.startTimestamp, fromBlock)]
  let secondsInRange = 0
  let lastTimestamp = parameters.startTimestamp
  let swapCount = 0
  for (; index < events.length; index++) {
    const event = events[index] as (typeof events)[number]
    if (event.blockNumber > toBlock) break
    if (event.kind !== 'swap') continue
    const timestamp = Math.min(
      parameters.endTimestamp,
      Math.max(parameters.startTimestamp, event.timestamp ?? lastTimestamp),
    )
    if (inRange()) secondsInRange += timestamp - lastTimestamp
    lastTimestamp = timestamp
    const from = sqrtPriceX96
    const to = event.sqrtPriceX96
    const low = larger(smaller(from, to), sqrtLowerX96)
    const high = smaller(larger(from, to), sqrtUpperX96)
    if (high > low) {
      // Price down: token0 paid in; price up: token1 paid in. Fee = net input × fee / (1 − fee).
      if (to < from) fees0Wei += (getAmount0Delta(low, high, liquidity, false) * fee) / (PIPS - fee)
      else fees1Wei += (getAmount1Delta(low, high, liquidity, false) * fee) / (PIPS - fee)
    }
    sqrtPriceX96 = to
    tick = event.tick
    swapCount += 1
    series.push(point(timestamp, event.blockNumber))
  }
  if (inRange()) secondsInRange += parameters.endTimestamp - lastTimestamp
  const last = point(parameters.endTimestamp, toBlock)
  series.push(last)
  const end = getAmountsForLiquidity(sqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
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
    fees0Wei,
    fees1Wei,
    startSqrtPriceX96,
    endSqrtPriceX96: sqrtPriceX96,
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
