import { isqrt } from '../../math/index.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import { activeLiquidityUsd } from '../figures/activeLiquidityUsd.ts'
import {
  stakingRewardsAprPerDollar,
  v3IncentiveAprPerDollar,
  v3IncentiveRewardRate,
} from '../figures/farmRewardApr.ts'
import { poolFeeApr24h, poolFeesUsd } from '../figures/poolFeeApr.ts'
import { poolPriceV2, poolPriceV3 } from '../figures/poolPrice.ts'
import { poolTvlUsd } from '../figures/poolTvl.ts'
import { poolVolumeUsd, type SwapWindowTotals } from '../figures/poolVolume.ts'
import {
  computeUsdPriceRatios,
  type PricingPoolState,
  ratioToUsdPerToken,
} from '../pricing/computeUsdPrices.ts'
import type { PoolsState } from './poolState.ts'
import type { PoolFarm, PoolRow, PoolsList, PoolsListConfig } from './poolsListTypes.ts'
import type { RecentSwaps } from './swapTypes.ts'

const lower = (address: string) => address.toLowerCase()
const V2_FEE_PIPS = 3000

/** A window's volume and fees by the domain's definitions (src/domain/figures). */
function volumeAndFees(
  totals: SwapWindowTotals | undefined,
  token0: TokenInfo,
  token1: TokenInfo,
  price0: number | undefined,
  price1: number | undefined,
  feePips: number,
): { volumeUsd: number | null; feesUsd: number | null } {
  const volumeUsd = poolVolumeUsd({
    totals,
    decimals0: token0.decimals,
    decimals1: token1.decimals,
    price0Usd: price0,
    price1Usd: price1,
  })
  return { volumeUsd, feesUsd: poolFeesUsd(volumeUsd, feePips) }
}

/** A window's input amounts per token (0 + 0 without swaps). */
function paidIn(totals: SwapWindowTotals | undefined): readonly [bigint, bigint] {
  return [totals?.amount0InWei ?? 0n, totals?.amount1InWei ?? 0n]
}

/** USD per whole token for every token reachable from the USD token through the listed pools' current state. */
export function priceTokensUsd(config: PoolsListConfig, state: PoolsState): Map<string, number> {
  const pools: PricingPoolState[] = []
  for (const pool of config.v3Pools) {
    const s = state.v3.get(lower(pool.address))
    if (s) pools.push({ kind: 'v3', ...pool, sqrtPriceX96: s.sqrtPriceX96, liquidity: s.liquidity })
  }
  for (const pair of config.v2Pairs) {
    const s = state.v2.get(lower(pair.address))
    if (s) pools.push({ kind: 'v2', ...pair, reserve0: s.reserve0Wei, reserve1: s.reserve1Wei })
  }
  const usdDecimals = config.tokens.find((t) => lower(t.address) === lower(config.usdToken))?.decimals ?? 6
  const prices = new Map<string, number>()
  for (const [address, ratio] of computeUsdPriceRatios(config.usdToken, pools)) {
    const token = config.tokens.find((t) => lower(t.address) === address)
    if (token) prices.set(address, ratioToUsdPerToken(ratio, token.decimals, usdDecimals))
  }
  return prices
}

/**
 * Combines the one-block state read, the USD prices and the swap totals into the list's rows:
 * price, TVL, volume and fees over 24 h / 7 d, the 24 h fee APR, active liquidity and farms, each by its one
 * definition in src/domain/figures. Pure.
 * Unknown figures stay null (shown as "no price" / "unavailable"), never 0.
 */
export function buildPoolRows(config: PoolsListConfig, state: PoolsState, swaps: RecentSwaps): PoolsList {
  const pricesUsd = priceTokensUsd(config, state)
  const token = (address: string): TokenInfo =>
    config.tokens.find((t) => lower(t.address) === lower(address)) ?? {
      address: address as TokenInfo['address'],
      symbol: `${address.slice(0, 6)}…`,
      name: 'Unknown token',
      decimals: 18,
    }
  const price = (address: string) => pricesUsd.get(lower(address))
  const pairKey = (a: string, b: string) => [lower(a), lower(b)].sort().join('-')

  const rows: PoolRow[] = []
  for (const pool of config.v3Pools) {
    const s = state.v3.get(lower(pool.address)) ?? null
    const token0 = token(pool.token0)
    const token1 = token(pool.token1)
    const tvlUsd = s
      ? poolTvlUsd({
          amount0Wei: s.balance0Wei,
          amount1Wei: s.balance1Wei,
          decimals0: token0.decimals,
          decimals1: token1.decimals,
          price0Usd: price(pool.token0),
          price1Usd: price(pool.token1),
        })
      : null
    const day = volumeAndFees(
      swaps.totals24h.get(lower(pool.address)),
      token0,
      token1,
      price(pool.token0),
      price(pool.token1),
      pool.fee,
    )
    const week = volumeAndFees(
      swaps.totals7d.get(lower(pool.address)),
      token0,
      token1,
      price(pool.token0),
      price(pool.token1),
      pool.fee,
    )
    const incentive = config.v3Incentives
      .filter((entry) => lower(entry.pool) === lower(pool.address))
      .sort((a, b) => b.endTime - a.endTime)[0]
    const incentiveState = incentive ? state.incentives.get(lower(incentive.incentiveId)) : undefined
    let farm: PoolFarm | null = null
    if (incentive && incentiveState && config.v3Staker) {
      const active = state.timestamp >= incentive.startTime && state.timestamp < incentive.endTime
      const rewardToken = token(incentive.rewardToken)
      const incentiveReward = {
        totalRewardUnclaimedWei: incentiveState.totalRewardUnclaimedWei,
        totalSecondsClaimedX128: incentiveState.totalSecondsClaimedX128,
        startTime: incentive.startTime,
        endTime: incentive.endTime,
        nowTimestamp: state.timestamp,
      }
      farm = {
        kind: 'v3-staker',
        address: config.v3Staker,
        rewardToken,
        rewardRateWeiPerSecond: v3IncentiveRewardRate(incentiveReward),
        periodEnd: incentive.endTime,
        totalStaked: incentiveState.numberOfStakes,
        active,
        rewardApr: v3IncentiveAprPerDollar({
          ...incentiveReward,
          tvlUsd,
          rewardDecimals: rewardToken.decimals,
          rewardPriceUsd: price(incentive.rewardToken),
        }),
      }
    }
    rows.push({
      kind: 'v3',
      address: pool.address,
      token0,
      token1,
      pairKey: pairKey(pool.token0, pool.token1),
      feePips: pool.fee,
      tickSpacing: pool.tickSpacing,
      available: s !== null,
      sqrtPriceX96: s?.sqrtPriceX96 ?? null,
      tick: s?.tick ?? null,
      price: s ? poolPriceV3(s.sqrtPriceX96, token0.decimals, token1.decimals) : null,
      tvlUsd,
      tvlWei: s ? [s.balance0Wei, s.balance1Wei] : null,
      activeLiquidity: s?.liquidity ?? null,
      activeLiquidityUsd: s
        ? activeLiquidityUsd({
            liquidity: s.liquidity,
            sqrtPriceX96: s.sqrtPriceX96,
            decimals0: token0.decimals,
            decimals1: token1.decimals,
            price0Usd: price(pool.token0),
            price1Usd: price(pool.token1),
          })
        : null,
      volumeUsd24h: s ? day.volumeUsd : null,
      volumeUsd7d: s ? week.volumeUsd : null,
      volumeIn24hWei: s ? paidIn(swaps.totals24h.get(lower(pool.address))) : null,
      volumeIn7dWei: s ? paidIn(swaps.totals7d.get(lower(pool.address))) : null,
      feesUsd24h: s ? day.feesUsd : null,
      feesUsd7d: s ? week.feesUsd : null,
      feeApr: s ? poolFeeApr24h(day.feesUsd, tvlUsd) : null,
      swapCount7d: swaps.totals7d.get(lower(pool.address))?.count ?? 0,
      farm,
    })
  }
  for (const pair of config.v2Pairs) {
    const s = state.v2.get(lower(pair.address)) ?? null
    const token0 = token(pair.token0)
    const token1 = token(pair.token1)
    const tvlUsd = s
      ? poolTvlUsd({
          amount0Wei: s.reserve0Wei,
          amount1Wei: s.reserve1Wei,
          decimals0: token0.decimals,
          decimals1: token1.decimals,
          price0Usd: price(pair.token0),
          price1Usd: price(pair.token1),
        })
      : null
    const day = volumeAndFees(
      swaps.totals24h.get(lower(pair.address)),
      token0,
      token1,
      price(pair.token0),
      price(pair.token1),
      V2_FEE_PIPS,
    )
    const week = volumeAndFees(
      swaps.totals7d.get(lower(pair.address)),
      token0,
      token1,
      price(pair.token0),
      price(pair.token1),
      V2_FEE_PIPS,
    )
    const farmInfo = config.stakingRewards.find((entry) => lower(entry.stakingToken) === lower(pair.address))
    const farmState = farmInfo ? state.farms.get(lower(farmInfo.address)) : undefined
    let farm: PoolFarm | null = null
    if (farmInfo && farmState) {
      const active = state.timestamp < farmState.periodFinish
      const rewardToken = token(farmInfo.rewardsToken)
      farm = {
        kind: 'staking-rewards',
        address: farmInfo.address,
        rewardToken,
        rewardRateWeiPerSecond: farmState.rewardRateWeiPerSecond,
        periodEnd: farmState.periodFinish,
        totalStaked: farmState.totalStakedWei,
        active,
        rewardApr: s
          ? stakingRewardsAprPerDollar({
              rewardRateWeiPerSecond: farmState.rewardRateWeiPerSecond,
              periodFinish: farmState.periodFinish,
              nowTimestamp: state.timestamp,
              stakedLpWei: farmState.totalStakedWei,
              lpTotalSupplyWei: s.totalSupplyWei,
              tvlUsd,
              rewardDecimals: rewardToken.decimals,
              rewardPriceUsd: price(farmInfo.rewardsToken),
            })
          : null,
      }
    }
    rows.push({
      kind: 'v2',
      address: pair.address,
      token0,
      token1,
      pairKey: pairKey(pair.token0, pair.token1),
      feePips: V2_FEE_PIPS,
      tickSpacing: 1,
      available: s !== null,
      sqrtPriceX96: null,
      tick: null,
      price: s ? poolPriceV2(s.reserve0Wei, s.reserve1Wei, token0.decimals, token1.decimals) : null,
      tvlUsd,
      tvlWei: s ? [s.reserve0Wei, s.reserve1Wei] : null,
      activeLiquidity: s ? isqrt(s.reserve0Wei * s.reserve1Wei) : null,
      // A V2 pair's virtual reserves are its reserves: the value of its liquidity is its TVL.
      activeLiquidityUsd: tvlUsd,
      volumeUsd24h: s ? day.volumeUsd : null,
      volumeUsd7d: s ? week.volumeUsd : null,
      volumeIn24hWei: s ? paidIn(swaps.totals24h.get(lower(pair.address))) : null,
      volumeIn7dWei: s ? paidIn(swaps.totals7d.get(lower(pair.address))) : null,
      feesUsd24h: s ? day.feesUsd : null,
      feesUsd7d: s ? week.feesUsd : null,
      feeApr: s ? poolFeeApr24h(day.feesUsd, tvlUsd) : null,
      swapCount7d: swaps.totals7d.get(lower(pair.address))?.count ?? 0,
      farm,
    })
  }
  return {
    blockNumber: state.blockNumber,
    timestamp: state.timestamp,
    rows,
    pricesUsd,
    windowSeconds7d: swaps.windowSeconds7d,
    swapWindows: swaps.windows,
  }
}
