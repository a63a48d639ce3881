import {
  breakEvenVolatility,
  expectedImpermanentLoss,
  impermanentLossV2,
  impermanentLossV3Curve,
  lvrRate,
  sqrtPriceX96ToPrice,
} from '../../math/index.ts'
import { type DepositLiquidity, depositLiquidity } from './depositLiquidity.ts'
import { attempt, type Outcome } from './outcome.ts'
import { projectFeeApr } from './projectFeeApr.ts'
import { projectRewardApr, type RewardAprProjection } from './projectRewardApr.ts'
import type { NetReturnSimulationParameters } from './simulateNetReturn.ts'
import type { PoolSnapshot, ResolvedRange } from './types.ts'

/** What the user planned: a USD deposit in a range, a volatility assumption and a horizon. */
export type ProjectionInputs = {
  depositUsd: number
  range: ResolvedRange
  /** Annualised σ (0.6 = 60 %/yr). */
  volatility: number
  horizonDays: number
  /** Monte-Carlo paths and seed (carried into monteCarlo). */
  paths: number
  seed: number
}

/** A point of the IL-vs-price chart (IL as fractions, ≤ 0). */
export type IlCurvePoint = { price: number; rangeIl: number; fullRangeIl: number }
/** A point of the fee-APR-vs-LVR chart (fractions per year). */
export type FeeVsLvrPoint = { volatility: number; feeApr: number; lvrApr: number }

/** Every projection except the Monte Carlo: cheap enough to recompute on each slider move. */
export type RangeProjection = {
  price: number
  inRangeNow: boolean
  position: Outcome<DepositLiquidity>
  volumeUsdPerDay: Outcome<number>
  /** Fee APR while in range, and now (0 when the price is outside the range). */
  feeAprInRange: Outcome<number>
  feeAprNow: Outcome<number>
  /** Your share of active liquidity (incl. your own L). */
  liquidityShare: Outcome<number>
  reward: Outcome<RewardAprProjection> | null
  /** Fee APR now + reward APR until the period ends. */
  combinedApr: Outcome<number>
  lvrApr: Outcome<number>
  breakEvenVolatility: Outcome<number>
  /** Expected IL over the horizon under GBM (closed form), this range and full range. */
  expectedIl: Outcome<number>
  expectedIlFullRange: Outcome<number>
  /** Expected IL of the range / expected IL of full range. */
  ilAmplification: Outcome<number>
  ilCurve: IlCurvePoint[]
  feeVsLvr: FeeVsLvrPoint[]
  /**
   * Ready-to-post Monte-Carlo inputs, or why the simulation cannot run. When the reward APR alone is
   * unavailable (its token has no USD price), the simulation covers fees only: see `rewardsLeftOut`.
   */
  monteCarlo: Outcome<NetReturnSimulationParameters>
  /**
   * Why the pool's reward program is left out of the Monte Carlo (its APR is unavailable while the fee APR
   * is not: a reward token without a USD price); null when it is in, or there is none. `combinedApr` stays
   * unavailable then: a fees-only figure must be labelled as partial where it is shown.
   */
  rewardsLeftOut: string | null
}

const DAY_SECONDS = 86_400
const IL_CURVE_POINTS = 81
const FEE_VS_LVR_POINTS = 41
const HISTOGRAM_BINS = 40

/** Pool volume per day in USD from the 7 d window (or the shorter history it covers). */
export function volumePerDay(snapshot: PoolSnapshot): Outcome<number> {
  const volume7d = snapshot.volumeUsd7d
  if (volume7d === null) return { ok: false, reason: 'no USD price for either pool token' }
  if (!(snapshot.volumeWindowSeconds > 0)) return { ok: false, reason: 'no swap history yet' }
  const windowDays = Math.min(7, snapshot.volumeWindowSeconds / DAY_SECONDS)
  return attempt(() => volume7d / Math.max(windowDays, 1 / 24), 'volume unavailable')
}

function unavailable<T>(reason: string): Outcome<T> {
  return { ok: false, reason }
}

/**
 * All cheap projections of a planned position (everything but the Monte Carlo), guarded so no NaN or
 * Infinity escapes: each figure is a value or the reason it is unavailable.
 * @param snapshot pool state, prices, volume, volatility and reward program
 * @param inputs deposit, snapped range, σ, horizon
 */
export function projectRange(snapshot: PoolSnapshot, inputs: ProjectionInputs): RangeProjection {
  const { depositUsd, range, volatility, horizonDays } = inputs
  const { token0, token1 } = snapshot
  const price = sqrtPriceX96ToPrice(snapshot.sqrtPriceX96, token0.decimals, token1.decimals)
  const inRangeNow =
    range.isFullRange || (snapshot.tick >= range.tickLower && snapshot.tick < range.tickUpper)
  const horizonYears = horizonDays / 365
  const bounds = range.isFullRange ? {} : { priceLower: range.priceLower, priceUpper: range.priceUpper }

  const deposit = depositLiquidity({
    depositUsd,
    sqrtPriceX96: snapshot.sqrtPriceX96,
    tickLower: range.tickLower,
    tickUpper: range.tickUpper,
    decimals0: token0.decimals,
    decimals1: token1.decimals,
    price0Usd: token0.priceUsd,
    price1Usd: token1.priceUsd,
  })
  const position: Outcome<DepositLiquidity> = deposit
    ? { ok: true, value: deposit }
    : unavailable(`no USD price for ${token0.symbol} or ${token1.symbol}`)
  const volume = volumePerDay(snapshot)

  let feeAprInRange: Outcome<number> = unavailable(
    !position.ok ? position.reason : !volume.ok ? volume.reason : '',
  )
  let liquidityShare: Outcome<number> = unavailable(position.ok ? '' : position.reason)
  if (position.ok && volume.ok) {
    const fee = projectFeeApr({
      volumeUsdPerDay: volume.value,
      feePips: snapshot.feePips,
      protocolFeeShare: snapshot.protocolFeeShare,
      positionLiquidity: position.value.liquidity,
      activeLiquidity: snapshot.liquidity,
      depositUsd,
    })
    feeAprInRange = attempt(() => fee.feeApr, 'fee APR unavailable')
    liquidityShare = attempt(() => fee.share, 'share unavailable')
  }
  const feeAprNow: Outcome<number> = feeAprInRange.ok
    ? { ok: true, value: inRangeNow ? feeAprInRange.value : 0 }
    : feeAprInRange

  let reward: Outcome<RewardAprProjection> | null = null
  if (snapshot.reward) {
    reward = position.ok
      ? projectRewardApr({
          reward: snapshot.reward,
          positionLiquidity: position.value.liquidity,
          poolLiquidity: snapshot.liquidity,
          ...(snapshot.v2TotalSupplyWei !== undefined ? { v2TotalSupplyWei: snapshot.v2TotalSupplyWei } : {}),
          depositUsd,
          now: snapshot.timestamp,
          horizonSeconds: horizonDays * DAY_SECONDS,
        })
      : unavailable(position.reason)
    if (reward.ok && !Number.isFinite(reward.value.aprUntilEnd))
      reward = unavailable('reward APR is not finite')
  }
  const rewardNow = reward === null ? 0 : reward.ok ? reward.value.aprUntilEnd : Number.NaN
  const rewardNowInRange = reward?.ok && snapshot.reward?.kind === 'v3-staker' && !inRangeNow ? 0 : rewardNow
  const combinedApr: Outcome<number> = !feeAprNow.ok
    ? feeAprNow
    : reward !== null && !reward.ok
      ? unavailable(reward.reason)
      : attempt(() => feeAprNow.value + rewardNowInRange, 'combined APR unavailable')

  const lvrApr = attempt(() => lvrRate({ volatility, price, ...bounds }), 'LVR unavailable')
  const breakEven: Outcome<number> = !feeAprInRange.ok
    ? feeAprInRange
    : !inRangeNow
      ? unavailable('the price is outside the range: no fees and no LVR now')
      : attempt(
          () => breakEvenVolatility({ feeApr: feeAprInRange.value, price, ...bounds }),
          'break-even volatility unavailable',
        )
  const expectedIl = attempt(
    () => expectedImpermanentLoss({ volatility, horizonYears, priceEntry: price, ...bounds }),
    'expected IL unavailable',
  )
  const expectedIlFullRange = attempt(
    () => expectedImpermanentLoss({ volatility, horizonYears }),
    'expected IL unavailable',
  )
  const ilAmplification: Outcome<number> =
    expectedIl.ok && expectedIlFullRange.ok && expectedIlFullRange.value < -1e-12
      ? attempt(() => expectedIl.value / expectedIlFullRange.value, 'amplification unavailable')
      : unavailable(volatility === 0 ? 'no IL expected at zero volatility' : 'expected IL unavailable')

  const ilCurve = buildIlCurve(price, range)
  const unitLvr = attempt(() => lvrRate({ volatility: 1, price, ...bounds }), 'LVR unavailable')
  const feeVsLvr: FeeVsLvrPoint[] = []
  if (unitLvr.ok && feeAprInRange.ok) {
    const maxVolatility = Math.max(1.5 * volatility, breakEven.ok ? 1.6 * breakEven.value : 0, 0.5)
    const cappedMax = Math.min(maxVolatility, 10)
    for (let i = 0; i < FEE_VS_LVR_POINTS; i++) {
      const sigma = (cappedMax * i) / (FEE_VS_LVR_POINTS - 1)
      feeVsLvr.push({
        volatility: sigma,
        feeApr: inRangeNow ? feeAprInRange.value : 0,
        lvrApr: unitLvr.value * sigma * sigma,
      })
    }
  }

  let monteCarlo: Outcome<NetReturnSimulationParameters>
  const rewardsLeftOut = feeAprInRange.ok && reward !== null && !reward.ok ? reward.reason : null
  if (!feeAprInRange.ok) monteCarlo = feeAprInRange
  else
    monteCarlo = {
      ok: true,
      value: {
        seed: inputs.seed,
        paths: inputs.paths,
        steps: Math.min(365, Math.max(24, Math.round(horizonDays))),
        horizonYears,
        volatility,
        ...(range.isFullRange
          ? {}
          : { lowerRelative: range.priceLower / price, upperRelative: range.priceUpper / price }),
        feeApr: feeAprInRange.value,
        rewardApr: reward?.ok ? reward.value.aprUntilEnd : 0,
        rewardsOnlyInRange: snapshot.reward?.kind !== 'staking-rewards',
        rewardYears: reward?.ok ? reward.value.secondsLeft / (365 * DAY_SECONDS) : 0,
        bins: HISTOGRAM_BINS,
      },
    }

  return {
    price,
    inRangeNow,
    position,
    volumeUsdPerDay: volume,
    feeAprInRange,
    feeAprNow,
    liquidityShare,
    reward,
    combinedApr,
    lvrApr,
    breakEvenVolatility: breakEven,
    rewardsLeftOut,
    expectedIl,
    expectedIlFullRange,
    ilAmplification,
    ilCurve,
    feeVsLvr,
    monteCarlo,
  }
}

/** IL of the range and of full range over prices spanning the range (or ¼×..4× the price). */
function buildIlCurve(price: number, range: ResolvedRange): IlCurvePoint[] {
  const from = range.isFullRange ? price / 4 : Math.min(price / 1.5, range.priceLower / 1.25)
  const to = range.isFullRange ? price * 4 : Math.max(price * 1.5, range.priceUpper * 1.25)
  if (!(from > 0 && to > from && Number.isFinite(to))) return []
  try {
    const curve = range.isFullRange
      ? null
      : impermanentLossV3Curve({
          priceEntry: price,
          priceLower: range.priceLower,
          priceUpper: range.priceUpper,
          priceFrom: from,
          priceTo: to,
          points: IL_CURVE_POINTS,
        })
    const points: IlCurvePoint[] = []
    const step = Math.log(to / from) / (IL_CURVE_POINTS - 1)
    for (let i = 0; i < IL_CURVE_POINTS; i++) {
      const p = curve ? (curve.prices[i] as number) : from * Math.exp(step * i)
      const fullRangeIl = impermanentLossV2(p / price)
      const rangeIl = curve ? (curve.impermanentLoss[i] as number) : fullRangeIl
      if (Number.isFinite(p) && Number.isFinite(rangeIl) && Number.isFinite(fullRangeIl))
        points.push({ price: p, rangeIl, fullRangeIl })
    }
    return points
  } catch {
    return []
  }
}
