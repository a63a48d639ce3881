import { isqrt, SECONDS_PER_YEAR, sqrtPriceX96ToPrice } from '../../math/index.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import {
  computeUsdPriceRatios,
  type PricingPoolState,
  ratioToUsdPerToken,
} from '../pricing/computeUsdPrices.ts'
import type { PoolsState } from './poolState.ts'
import type { PoolFarm, PoolRow, PoolsList, PoolsListConfig } from './poolsListTypes.ts'
import type { RecentSwaps, SwapTotals } from './swapTypes.ts'

const lower = (address: string) => address.toLowerCase()
const FEE_DENOMINATOR = 1_000_000
const V2_FEE_PIPS = 3000

function whole(amountWei: bigint, decimals: number): number {
  const scale = 10n ** BigInt(decimals)
  return Number(amountWei / scale) + Number(amountWei % scale) / Number(scale)
}

/** USD of two token amounts; null when a needed price is missing (0 amounts need no price). */
function usdOf(
  amount0Wei: bigint,
  amount1Wei: bigint,
  token0: TokenInfo,
  token1: TokenInfo,
  price0: number | undefined,
  price1: number | undefined,
): number | null {
  if ((amount0Wei > 0n && price0 === undefined) || (amount1Wei > 0n && price1 === undefined)) return null
  return (
    whole(amount0Wei, token0.decimals) * (price0 ?? 0) + whole(amount1Wei, token1.decimals) * (price1 ?? 0)
  )
}

/**
 * Volume = value of what traders paid in. When one token has no price, the other side of every swap
 * (each swap moves both tokens) is valued instead: half of the moved amount of the priced token is an
 * estimate of one side. Fees ≈ input × fee tier (the pool's fee is taken on the input).
 */
function volumeAndFees(
  totals: SwapTotals | undefined,
  token0: TokenInfo,
  token1: TokenInfo,
  price0: number | undefined,
  price1: number | undefined,
  feePips: number,
): { volumeUsd: number | null; feesUsd: number | null } {
  if (!totals || totals.count === 0) {
    const priced = price0 !== undefined || price1 !== undefined
    return { volumeUsd: priced ? 0 : null, feesUsd: priced ? 0 : null }
  }
  let volumeUsd = usdOf(totals.amount0InWei, totals.amount1InWei, token0, token1, price0, price1)
  if (volumeUsd === null && price0 !== undefined)
    volumeUsd = (whole(totals.amount0MovedWei, token0.decimals) * price0) / 1
  else if (volumeUsd === null && price1 !== undefined)
    volumeUsd = whole(totals.amount1MovedWei, token1.decimals) * price1
  return { volumeUsd, feesUsd: volumeUsd === null ? null : (volumeUsd * feePips) / FEE_DENOMINATOR }
}

/** A window's input amounts per token (0 + 0 without swaps). */
function paidIn(totals: SwapTotals | undefined): readonly [bigint, bigint] {
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
 * price, TVL, volume and fees over 24 h / 7 d, fee APR, active liquidity and farms. Pure.
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
  const annualize = (feesUsd: number | null, tvlUsd: number | null) =>
    feesUsd === null || tvlUsd === null || tvlUsd <= 0 || swaps.windowSeconds7d <= 0
      ? null
      : (feesUsd / tvlUsd) * (SECONDS_PER_YEAR / swaps.windowSeconds7d)
  const rewardUsdPerYear = (farmToken: TokenInfo, rateWei: bigint) => {
    const p = price(farmToken.address)
    return p === undefined ? null : whole(rateWei, farmToken.decimals) * p * SECONDS_PER_YEAR
  }

  const rows: PoolRow[] = []
  for (const pool of config.v3Pools) {
    const s = state.v3.get(lower(pool.address)) ?? null
    const token0 = token(pool.token0)
    const token1 = token(pool.token1)
    const tvlUsd = s
      ? usdOf(s.balance0Wei, s.balance1Wei, token0, token1, price(pool.token0), price(pool.token1))
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
    if (incentive && incentiveState) {
      const active = state.timestamp >= incentive.startTime && state.timestamp < incentive.endTime
      const secondsLeft = BigInt(
        Math.max(1, incentive.endTime - Math.max(state.timestamp, incentive.startTime)),
      )
      // What is left, paid evenly over the time left: the forward rate an LP staking now can expect.
      const rate = active ? incentiveState.totalRewardUnclaimedWei / secondsLeft : 0n
      const rewardToken = token(incentive.rewardToken)
      const perYear = rewardUsdPerYear(rewardToken, rate)
      farm = {
        kind: 'v3-staker',
        address: config.v3Staker,
        rewardToken,
        rewardRateWeiPerSecond: rate,
        periodEnd: incentive.endTime,
        totalStaked: incentiveState.numberOfStakes,
        active,
        // Over the whole pool's TVL: in-range staked liquidity earns more, out-of-range none.
        rewardApr: perYear === null || tvlUsd === null || tvlUsd <= 0 ? null : perYear / tvlUsd,
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
      price: s ? sqrtPriceX96ToPrice(s.sqrtPriceX96, token0.decimals, token1.decimals) : null,
      tvlUsd,
      tvlWei: s ? [s.balance0Wei, s.balance1Wei] : null,
      activeLiquidity: s?.liquidity ?? null,
      volumeUsd24h: s ? day.volumeUsd : null,
      volumeUsd7d: s ? week.volumeUsd : null,
      volumeIn24hWei: s ? paidIn(swaps.totals24h.get(lower(pool.address))) : null,
      volumeIn7dWei: s ? paidIn(swaps.totals7d.get(lower(pool.address))) : null,
      feesUsd24h: s ? day.feesUsd : null,
      feesUsd7d: s ? week.feesUsd : null,
      feeApr: s ? annualize(week.feesUsd, tvlUsd) : null,
      swapCount7d: swaps.totals7d.get(lower(pool.address))?.count ?? 0,
      farm,
    })
  }
  for (const pair of config.v2Pairs) {
    const s = state.v2.get(lower(pair.address)) ?? null
    const token0 = token(pair.token0)
    const token1 = token(pair.token1)
    const tvlUsd = s
      ? usdOf(s.reserve0Wei, s.reserve1Wei, token0, token1, price(pair.token0), price(pair.token1))
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
      const perYear = active ? rewardUsdPerYear(rewardToken, farmState.rewardRateWeiPerSecond) : 0
      // Rewards go to staked LP tokens only: their USD value is the staked share of the reserves.
      const stakedUsd =
        tvlUsd !== null && s && s.totalSupplyWei > 0n
          ? (tvlUsd * Number((farmState.totalStakedWei * 1_000_000n) / s.totalSupplyWei)) / 1_000_000
          : null
      farm = {
        kind: 'staking-rewards',
        address: farmInfo.address,
        rewardToken,
        rewardRateWeiPerSecond: farmState.rewardRateWeiPerSecond,
        periodEnd: farmState.periodFinish,
        totalStaked: farmState.totalStakedWei,
        active,
        rewardApr: perYear === null || stakedUsd === null || stakedUsd <= 0 ? null : perYear / stakedUsd,
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
      price:
        s && s.reserve0Wei > 0n
          ? whole(s.reserve1Wei, token1.decimals) / whole(s.reserve0Wei, token0.decimals)
          : null,
      tvlUsd,
      tvlWei: s ? [s.reserve0Wei, s.reserve1Wei] : null,
      activeLiquidity: s ? isqrt(s.reserve0Wei * s.reserve1Wei) : null,
      volumeUsd24h: s ? day.volumeUsd : null,
      volumeUsd7d: s ? week.volumeUsd : null,
      volumeIn24hWei: s ? paidIn(swaps.totals24h.get(lower(pair.address))) : null,
      volumeIn7dWei: s ? paidIn(swaps.totals7d.get(lower(pair.address))) : null,
      feesUsd24h: s ? day.feesUsd : null,
      feesUsd7d: s ? week.feesUsd : null,
      feeApr: s ? annualize(week.feesUsd, tvlUsd) : null,
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
  }
}
