import { formatUnits } from 'viem'
import { tickToPrice } from '../../math/index.ts'
import type { Outcome } from '../projection/outcome.ts'
import { projectRange } from '../projection/projectRange.ts'
import { fullRangeTicks } from '../projection/resolveRange.ts'
import type { PoolSnapshot, PoolState, ResolvedRange } from '../projection/types.ts'
import { ilScenarios } from './ilScenarios.ts'

/** Assumed σ when the pool has too little history for a realized volatility (same as the simulator). */
export const FALLBACK_VOLATILITY = 0.6
/** Horizon the reward APR is averaged over; the review shows the rate until the program ends. */
const HORIZON_DAYS = 30

/** What the review projects for the exact deposit: its USD value, APRs and IL at ±10 % / ±50 %. */
export type DepositProjection = {
  depositUsd: Outcome<number>
  /** Fee APR now (0 when the range is not active), fractions per year. */
  feeApr: Outcome<number>
  /** null when no farm pays this pool. */
  rewardApr: Outcome<number> | null
  /** Fee APR now + reward APR until the program ends. */
  combinedApr: Outcome<number>
  inRangeNow: boolean
  il: Array<{ move: number; il: number }>
}

/**
 * The range as the simulator's projections expect it: snapped ticks with their whole-token prices,
 * or full range (V2, or a V3 range reaching both tick limits).
 */
export function snapshotRange(snapshot: PoolState, tickLower: number, tickUpper: number): ResolvedRange {
  const full = fullRangeTicks(snapshot.kind === 'v3' ? snapshot.tickSpacing : 1)
  if (snapshot.kind === 'v2' || (tickLower <= full.tickLower && tickUpper >= full.tickUpper))
    return { ...full, priceLower: 0, priceUpper: Infinity, isFullRange: true }
  const { decimals: decimals0 } = snapshot.token0
  const { decimals: decimals1 } = snapshot.token1
  return {
    tickLower,
    tickUpper,
    priceLower: tickToPrice(tickLower, decimals0, decimals1),
    priceUpper: tickToPrice(tickUpper, decimals0, decimals1),
    isFullRange: false,
  }
}

/**
 * Projects the exact amounts the plan deposits with the simulator's pure projection (fee share of the
 * pool's recent volume, farm reward share) and the IL of the range at ±10 % / ±50 % price.
 * The bigint amounts become floats here, at the display boundary.
 * @param snapshot the pool as the simulator reads it (prices, volume, farm)
 * @param deposit exact wei amounts and, for V3, the snapped range
 */
export function projectDeposit(
  snapshot: PoolSnapshot,
  deposit: { amount0Wei: bigint; amount1Wei: bigint; tickLower: number; tickUpper: number },
): DepositProjection {
  const range = snapshotRange(snapshot, deposit.tickLower, deposit.tickUpper)
  const il = ilScenarios(
    snapshot.kind === 'v3' && !range.isFullRange
      ? { currentTick: snapshot.tick, tickLower: range.tickLower, tickUpper: range.tickUpper }
      : undefined,
  )
  const inRangeNow =
    range.isFullRange || (snapshot.tick >= range.tickLower && snapshot.tick < range.tickUpper)
  const valueUsd = (wei: bigint, token: PoolSnapshot['token0']) =>
    wei === 0n
      ? 0
      : token.priceUsd === null
        ? null
        : Number(formatUnits(wei, token.decimals)) * token.priceUsd
  const value0Usd = valueUsd(deposit.amount0Wei, snapshot.token0)
  const value1Usd = valueUsd(deposit.amount1Wei, snapshot.token1)
  if (value0Usd === null || value1Usd === null || !(value0Usd + value1Usd > 0)) {
    const reason =
      value0Usd === null || value1Usd === null
        ? `no USD price for ${snapshot.token0.symbol} or ${snapshot.token1.symbol}`
        : 'nothing deposited'
    const unavailable = { ok: false as const, reason }
    return {
      depositUsd: unavailable,
      feeApr: unavailable,
      rewardApr: snapshot.reward ? unavailable : null,
      combinedApr: unavailable,
      inRangeNow,
      il,
    }
  }
  const depositUsd = value0Usd + value1Usd
  const projection = projectRange(snapshot, {
    depositUsd,
    range,
    volatility: snapshot.realizedVolatility ?? FALLBACK_VOLATILITY,
    horizonDays: HORIZON_DAYS,
    paths: 0,
    seed: 0,
  })
  const reward = projection.reward
  const rewardApr: Outcome<number> | null =
    reward === null
      ? null
      : reward.ok
        ? // The V3 staker pays only in-range liquidity.
          {
            ok: true,
            value: snapshot.reward?.kind === 'v3-staker' && !inRangeNow ? 0 : reward.value.aprUntilEnd,
          }
        : reward
  return {
    depositUsd: { ok: true, value: depositUsd },
    feeApr: projection.feeAprNow,
    rewardApr,
    combinedApr: projection.combinedApr,
    inRangeNow,
    il,
  }
}
