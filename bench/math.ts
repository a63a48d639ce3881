// Math benchmarks: ours side by side with @uniswap/v3-sdk (devDependency) in the same run, on the
// same inputs, after a warm-up; each figure is the median of several rounds.
import { createRequire } from 'node:module'
import {
  createSeededRandom,
  getAmountsForLiquidity,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  impermanentLossV3Curve,
  MAX_TICK,
  MIN_TICK,
  simulateLpReturns,
} from '../src/math/index.ts'

// Results are consumed cheaply on both sides: JSBI values are digit arrays (read .length), bigints are
// compared with 0n (no allocation), so the sink does not bias either side.
type JsbiValue = { length: number }
type Sdk = {
  TickMath: { getSqrtRatioAtTick(tick: number): JsbiValue; getTickAtSqrtRatio(sqrt: JsbiValue): number }
  SqrtPriceMath: {
    getAmount0Delta(a: JsbiValue, b: JsbiValue, l: JsbiValue, up: boolean): JsbiValue
    getAmount1Delta(a: JsbiValue, b: JsbiValue, l: JsbiValue, up: boolean): JsbiValue
  }
}
type Jsbi = {
  BigInt(value: string): JsbiValue
  lessThanOrEqual(a: JsbiValue, b: JsbiValue): boolean
  lessThan(a: JsbiValue, b: JsbiValue): boolean
}

const require = createRequire(import.meta.url)
const ROUNDS = 7
const INPUTS = 2000

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Median milliseconds of fn over ROUNDS rounds after two warm-up rounds. */
function time(fn: () => void): number {
  fn()
  fn()
  const samples: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** Runs ours and the SDK interleaved round by round so machine noise hits both alike. */
function speedup(ours: () => void, sdk: () => void): number {
  const oursMs: number[] = []
  const sdkMs: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    oursMs.push(time(ours))
    sdkMs.push(time(sdk))
  }
  return median(sdkMs) / median(oursMs)
}

/** Runs all math benchmarks; keys are the bench-results.json names. */
export async function runMathBench(): Promise<Record<string, { value: number; unit: string }>> {
  const { TickMath, SqrtPriceMath } = require('@uniswap/v3-sdk') as Sdk
  const JSBI = require('jsbi') as Jsbi
  const random = createSeededRandom(7)
  const ticks = Array.from(
    { length: INPUTS },
    () => MIN_TICK + Math.floor(random.nextFloat() * (MAX_TICK - MIN_TICK)),
  )
  const sqrtPrices = ticks.map(
    (tick) => getSqrtRatioAtTick(tick) + BigInt(Math.floor(random.nextFloat() * 1e9)),
  )
  const sqrtPricesJsbi = sqrtPrices.map((value) => JSBI.BigInt(value.toString()))
  const ranges = ticks.map((tick) => {
    const lower = Math.max(MIN_TICK, tick - 1 - Math.floor(random.nextFloat() * 20000))
    const upper = Math.min(MAX_TICK, tick + 1 + Math.floor(random.nextFloat() * 20000))
    return [getSqrtRatioAtTick(lower), getSqrtRatioAtTick(upper)] as const
  })
  const rangesJsbi = ranges.map(([a, b]) => [JSBI.BigInt(a.toString()), JSBI.BigInt(b.toString())] as const)
  const liquidity = ticks.map(() => BigInt(Math.floor(random.nextFloat() * 2 ** 52)) << 60n)
  const liquidityJsbi = liquidity.map((value) => JSBI.BigInt(value.toString()))
  let sink = 0

  const sqrtAtTickSpeedup = speedup(
    () => {
      for (const tick of ticks) sink ^= getSqrtRatioAtTick(tick) === 0n ? 1 : 0
    },
    () => {
      for (const tick of ticks) sink ^= TickMath.getSqrtRatioAtTick(tick).length
    },
  )
  const tickAtSqrtSpeedup = speedup(
    () => {
      for (const sqrtPrice of sqrtPrices) sink ^= getTickAtSqrtRatio(sqrtPrice)
    },
    () => {
      for (const sqrtPrice of sqrtPricesJsbi) sink ^= TickMath.getTickAtSqrtRatio(sqrtPrice)
    },
  )
  const amountsSpeedup = speedup(
    () => {
      for (let i = 0; i < INPUTS; i++) {
        const [a, b] = ranges[i] as readonly [bigint, bigint]
        sink ^= Number(
          getAmountsForLiquidity(sqrtPrices[i] as bigint, a, b, liquidity[i] as bigint).amount0 & 1n,
        )
      }
    },
    () => {
      // The SDK's Position.amount0/amount1 logic without the entity construction.
      for (let i = 0; i < INPUTS; i++) {
        const [a, b] = rangesJsbi[i] as readonly [JsbiValue, JsbiValue]
        const s = sqrtPricesJsbi[i] as JsbiValue
        const l = liquidityJsbi[i] as JsbiValue
        if (JSBI.lessThanOrEqual(s, a)) sink ^= SqrtPriceMath.getAmount0Delta(a, b, l, false).length
        else if (JSBI.lessThan(s, b))
          sink ^=
            SqrtPriceMath.getAmount0Delta(s, b, l, false).length ^
            SqrtPriceMath.getAmount1Delta(a, s, l, false).length
        else sink ^= SqrtPriceMath.getAmount1Delta(a, b, l, false).length
      }
    },
  )
  const ilCurveMs = time(() => {
    const { impermanentLoss } = impermanentLossV3Curve({
      priceEntry: 2000,
      priceLower: 1500,
      priceUpper: 2500,
      priceFrom: 1000,
      priceTo: 4000,
      points: 1000,
    })
    sink ^= impermanentLoss.length
  })
  const monteCarloMs = time(() => {
    const result = simulateLpReturns({
      seed: 1,
      paths: 10_000,
      steps: 30,
      horizonYears: 30 / 365,
      volatility: 0.8,
      priceEntry: 2000,
      priceLower: 1600,
      priceUpper: 2500,
      feeApr: 0.3,
    })
    sink ^= result.netReturn.p50 > 0 ? 1 : 0
  })
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink) // keeps the work observable
  return {
    'math.getSqrtRatioAtTick.speedupVsSdk': { value: sqrtAtTickSpeedup, unit: 'x' },
    'math.getTickAtSqrtRatio.speedupVsSdk': { value: tickAtSqrtSpeedup, unit: 'x' },
    'math.getAmountsForLiquidity.speedupVsSdk': { value: amountsSpeedup, unit: 'x' },
    'math.ilCurve1000.ms': { value: ilCurveMs, unit: 'ms' },
    'math.monteCarlo10k.ms': { value: monteCarloMs, unit: 'ms' },
  }
}
