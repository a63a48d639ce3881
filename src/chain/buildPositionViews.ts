import type { Address } from 'viem'
import { shareOfActiveLiquidity } from '../domain/figures/shareOfActiveLiquidity.ts'
import { computeV3StakerRewardApr } from '../domain/figures/stakedPositionRewardApr.ts'
import { buildV4PositionView, NATIVE_ETH } from '../domain/positions/buildV4PositionView.ts'
import type {
  PendingReward,
  PositionsSnapshot,
  PositionView,
  TokenAmount,
  TokenMeta,
} from '../domain/positions/model.ts'
import { priceRange } from '../domain/positions/priceRange.ts'
import {
  amountToUsd,
  computeUsdPriceRatios,
  type PricingPoolState,
  ratioToUsdPerToken,
} from '../domain/pricing/computeUsdPrices.ts'
// Uncollected fees straight from their library (the card's figure is then five imports from its page).
import { getFeeGrowthInside, getTokensOwed } from '../math/feeGrowth.ts'
import {
  getLiquidityValue,
  getPositionAmounts,
  getProtocolFeeLiquidity,
  stakingRewardsEarned,
  v3StakerReward,
} from '../math/index.ts'
import { type PositionsRawState, tickKey, type V3PositionRawState } from './readPositionsState.ts'

const lower = (address: string) => address.toLowerCase()
/** First line of a call error, short enough for a card. */
const shortError = (error: string | undefined) => (error ?? 'no answer').split('\n')[0]?.slice(0, 120)

/** Principal of a V3 position as the pool pays it on a full burn (see getPositionAmounts). */
export const v3PositionAmounts = getPositionAmounts

/** USD price per whole token of every token with a route, by lowercase address (null = no route). */
export function computeTokenPricesUsd(state: PositionsRawState): Record<string, number | null> {
  const prices: Record<string, number | null> = {}
  if (!state.usdToken) {
    for (const token of state.tokens.keys()) prices[token] = null
    return prices
  }
  const pools: PricingPoolState[] = state.pricingPools.flatMap((pool): PricingPoolState[] => {
    if (pool.kind === 'v3')
      return pool.slot0.ok
        ? [{ ...pool, sqrtPriceX96: pool.slot0.value.sqrtPriceX96, liquidity: pool.slot0.value.liquidity }]
        : []
    return pool.reserves.ok
      ? [{ ...pool, reserve0: pool.reserves.value[0], reserve1: pool.reserves.value[1] }]
      : []
  })
  const ratios = computeUsdPriceRatios(state.usdToken, pools)
  const usdDecimals = state.tokens.get(lower(state.usdToken))?.decimals
  for (const [token, meta] of state.tokens) {
    const ratio = ratios.get(token)
    prices[token] =
      ratio && usdDecimals !== undefined && !state.tokensWithoutDecimals.has(token)
        ? ratioToUsdPerToken(ratio, meta.decimals, usdDecimals)
        : null
  }
  return prices
}

/** Sum of USD values; null when any non-zero part has no price. */
function sumUsd(amounts: readonly TokenAmount[]): number | null {
  let total = 0
  for (const amount of amounts) {
    if (amount.amountWei === 0n) continue
    if (amount.valueUsd === null) return null
    total += amount.valueUsd
  }
  return total
}

/**
 * Turns raw state into the views the page renders: exact amounts, fees and rewards from the math
 * module; USD figures as floats. A position whose pool, ticks or token decimals could not be read
 * becomes `status: 'unavailable'` with a reason; the others are unaffected.
 */
export function buildPositionViews(state: PositionsRawState, chainId: number): PositionsSnapshot {
  const pricesUsd = computeTokenPricesUsd(state)
  const { blockNumber } = state
  const now = state.blockTimestamp
  const unknownToken = (address: Address): TokenMeta => ({
    address,
    symbol: `${address.slice(0, 6)}…${address.slice(-4)}`,
    displaySymbol: `${address.slice(0, 6)}…`,
    name: address,
    decimals: 18,
    unusualDecimals: false,
    metadataOk: false,
  })
  const ZERO = '0x0000000000000000000000000000000000000000'
  // V4's native ETH (currency address(0)) is priced as WETH.
  if (state.wrappedNative) pricesUsd[ZERO] = pricesUsd[lower(state.wrappedNative)] ?? null
  const meta = (address: Address) =>
    lower(address) === ZERO && state.wrappedNative
      ? NATIVE_ETH
      : (state.tokens.get(lower(address)) ?? unknownToken(address))
  const amountOf = (token: TokenMeta, amountWei: bigint): TokenAmount => ({
    token,
    amountWei,
    valueUsd: amountToUsd(amountWei, token.decimals, pricesUsd[lower(token.address)]),
  })
  const decimalsProblem = (...tokens: Address[]) => {
    const bad = tokens.find((token) => state.tokensWithoutDecimals.has(lower(token)))
    return bad ? `token ${bad} did not return decimals()` : undefined
  }

  const views: PositionView[] = []
  for (const entry of state.v4Positions ?? [])
    views.push(buildV4PositionView(entry, { blockNumber, meta, amountOf, decimalsProblem }))
  // V4 positions that could not be found are unknown: one unavailable entry, so the totals say partial.
  if (state.v4DiscoveryError !== undefined) {
    const unknown = unknownToken(ZERO)
    views.push({
      id: 'v4:unknown',
      protocol: 'v4',
      location: 'wallet',
      blockNumber,
      status: 'unavailable',
      reason: `the V4 positions could not be found (PositionManager Transfer logs: ${shortError(state.v4DiscoveryError)})`,
      token0: unknown,
      token1: unknown,
      v3: null,
      v2: null,
    })
  }
  for (const entry of state.v3Positions) views.push(buildV3View(entry))
  // A staked position whose deposits() read failed is not dropped: it is shown with its token id.
  for (const { tokenId, error } of state.stakerDepositErrors) {
    const unknown = unknownToken('0x0000000000000000000000000000000000000000')
    views.push({
      id: `v3:${tokenId}`,
      protocol: 'v3',
      location: 'v3-staker',
      blockNumber,
      status: 'unavailable',
      reason: `the V3 staker did not answer deposits(${tokenId}) (${shortError(error)}): this staked position is unknown`,
      token0: unknown,
      token1: unknown,
      v3: { tokenId },
      v2: null,
    })
  }

  function buildV3View(entry: V3PositionRawState): PositionView {
    const id = `v3:${entry.tokenId}`
    const base = { id, protocol: 'v3' as const, location: entry.location, blockNumber }
    if (!entry.position.ok || !entry.pool) {
      const unknown = unknownToken('0x0000000000000000000000000000000000000000')
      return {
        ...base,
        status: 'unavailable',
        reason: `positions(${entry.tokenId}) failed: ${entry.position.ok ? 'no pool' : entry.position.error}`,
        token0: unknown,
        token1: unknown,
        v3: { tokenId: entry.tokenId },
        v2: null,
      }
    }
    const position = entry.position.value
    const token0 = meta(position.token0)
    const token1 = meta(position.token1)
    const idFields = {
      tokenId: entry.tokenId,
      pool: entry.pool,
      fee: position.fee,
      tickLower: position.tickLower,
      tickUpper: position.tickUpper,
    }
    const unavailable = (reason: string): PositionView => ({
      ...base,
      status: 'unavailable',
      reason,
      token0,
      token1,
      v3: idFields,
      v2: null,
    })
    const pool = state.pools.get(lower(entry.pool))
    if (!pool?.ok) return unavailable(`pool ${entry.pool} could not be read (${pool?.error ?? 'missing'})`)
    const lowerTick = state.ticks.get(tickKey(entry.pool, position.tickLower))
    const upperTick = state.ticks.get(tickKey(entry.pool, position.tickUpper))
    if (!lowerTick?.ok || !upperTick?.ok) return unavailable(`ticks of pool ${entry.pool} could not be read`)
    const decimalsError = decimalsProblem(position.token0, position.token1)
    if (decimalsError) return unavailable(decimalsError)

    const { sqrtPriceX96, tick: tickCurrent } = pool.value
    const amounts = v3PositionAmounts(
      tickCurrent,
      sqrtPriceX96,
      position.tickLower,
      position.tickUpper,
      position.liquidity,
    )
    const inside = getFeeGrowthInside({
      tickLower: position.tickLower,
      tickUpper: position.tickUpper,
      tickCurrent,
      feeGrowthGlobal0X128: pool.value.feeGrowthGlobal0X128,
      feeGrowthGlobal1X128: pool.value.feeGrowthGlobal1X128,
      lowerFeeGrowthOutside0X128: lowerTick.value.feeGrowthOutside0X128,
      lowerFeeGrowthOutside1X128: lowerTick.value.feeGrowthOutside1X128,
      upperFeeGrowthOutside0X128: upperTick.value.feeGrowthOutside0X128,
      upperFeeGrowthOutside1X128: upperTick.value.feeGrowthOutside1X128,
    })
    // collect() first pokes the pool (burn 0) when liquidity > 0, crediting fees since the last update.
    const fees0 =
      position.tokensOwed0 +
      (position.liquidity > 0n
        ? getTokensOwed(position.feeGrowthInside0LastX128, inside.feeGrowthInside0X128, position.liquidity)
        : 0n)
    const fees1 =
      position.tokensOwed1 +
      (position.liquidity > 0n
        ? getTokensOwed(position.feeGrowthInside1LastX128, inside.feeGrowthInside1X128, position.liquidity)
        : 0n)

    const principal0Usd = amountToUsd(amounts.amount0, token0.decimals, pricesUsd[lower(token0.address)])
    const principal1Usd = amountToUsd(amounts.amount1, token1.decimals, pricesUsd[lower(token1.address)])
    const principalUsd =
      principal0Usd === null || principal1Usd === null ? null : principal0Usd + principal1Usd
    const pendingRewards: PendingReward[] = []
    if (entry.stakeErrors.length > 0)
      return unavailable(`the V3 staker did not answer ${shortError(entry.stakeErrors[0])}`)
    for (const stake of entry.stakes) {
      const { totalRewardUnclaimed, totalSecondsClaimedX128, secondsPerLiquidityInsideX128, incentive } =
        stake
      if (!totalRewardUnclaimed.ok || !totalSecondsClaimedX128.ok || !secondsPerLiquidityInsideX128.ok)
        return unavailable(`staker incentive ${incentive.incentiveId} could not be read`)
      const currentTime = now < BigInt(incentive.startTime) ? BigInt(incentive.startTime) : now
      const { reward } = v3StakerReward({
        totalRewardUnclaimed: totalRewardUnclaimed.value,
        totalSecondsClaimedX128: totalSecondsClaimedX128.value,
        startTime: BigInt(incentive.startTime),
        endTime: BigInt(incentive.endTime),
        liquidity: stake.liquidity,
        secondsPerLiquidityInsideInitialX128: stake.secondsPerLiquidityInsideInitialX128,
        secondsPerLiquidityInsideX128: secondsPerLiquidityInsideX128.value,
        currentTime,
      })
      const rewardToken = meta(incentive.rewardToken)
      pendingRewards.push({
        source: incentive.incentiveId,
        reward: amountOf(rewardToken, reward),
        endTime: incentive.endTime,
        aprFraction: computeV3StakerRewardApr({
          totalRewardUnclaimedWei: totalRewardUnclaimed.value,
          totalSecondsClaimedX128: totalSecondsClaimedX128.value,
          startTime: BigInt(incentive.startTime),
          endTime: BigInt(incentive.endTime),
          nowTimestamp: now,
          stakeLiquidity: stake.liquidity,
          poolLiquidity: pool.value.liquidity,
          inRange: tickCurrent >= position.tickLower && tickCurrent < position.tickUpper,
          rewardDecimals: rewardToken.decimals,
          rewardPriceUsd: pricesUsd[lower(rewardToken.address)],
          positionValueUsd: principalUsd,
        }),
      })
    }

    const range = priceRange(
      position.tickLower,
      tickCurrent,
      position.tickUpper,
      token0.decimals,
      token1.decimals,
    )
    const inRange = tickCurrent >= position.tickLower && tickCurrent < position.tickUpper
    const amount0 = amountOf(token0, amounts.amount0)
    const amount1 = amountOf(token1, amounts.amount1)
    const owed0 = amountOf(token0, fees0)
    const owed1 = amountOf(token1, fees1)
    // tokensOwed may hold principal withdrawn by a decrease and not collected yet: only the history
    // (DecreaseLiquidity/Collect events) splits it. Without tokensOwed, everything owed is fee growth.
    const allFees = position.tokensOwed0 === 0n && position.tokensOwed1 === 0n
    const poolLiquidity = pool.value.liquidity
    return {
      ...base,
      status: 'ok',
      token0,
      token1,
      amount0,
      amount1,
      owed0,
      owed1,
      uncollectedFees0: allFees ? owed0 : null,
      uncollectedFees1: allFees ? owed1 : null,
      withdrawnUncollected0: allFees ? amountOf(token0, 0n) : null,
      withdrawnUncollected1: allFees ? amountOf(token1, 0n) : null,
      pendingRewards,
      valueUsd: sumUsd([amount0, amount1, owed0, owed1, ...pendingRewards.map((r) => r.reward)]),
      v3: {
        ...idFields,
        tickCurrent,
        sqrtPriceX96,
        liquidity: position.liquidity,
        poolLiquidity,
        range,
        inRange,
        distanceToLowerPct: (range.lowerPrice0In1 / range.currentPrice0In1 - 1) * 100,
        distanceToUpperPct: (range.upperPrice0In1 / range.currentPrice0In1 - 1) * 100,
        shareOfActiveLiquidity: shareOfActiveLiquidity({
          liquidity: position.liquidity,
          activeLiquidity: poolLiquidity,
          inRange,
        }),
        closed: position.liquidity === 0n,
      },
      v2: null,
    }
  }

  // ---- V2: wallet LP balances and farm stakes ----
  for (const pairState of state.v2Pairs) {
    const { pair } = pairState
    const holdings: {
      location: 'wallet' | 'farm'
      /** null: the balance read failed, so the holding may exist (shown unavailable, never dropped). */
      lpBalanceWei: bigint | null
      balanceError?: string
      farmIndex: number | null
    }[] = []
    const { walletBalance } = pairState
    // A tracked pair that was never created (a public chain's main pairs are tracked by CREATE2 address)
    // holds nothing: it is no position, not an unavailable one.
    if (!walletBalance.ok && walletBalance.error === 'no contract at address') continue
    if (!walletBalance.ok)
      holdings.push({
        location: 'wallet',
        lpBalanceWei: null,
        balanceError: walletBalance.error,
        farmIndex: null,
      })
    else if (walletBalance.value > 0n)
      holdings.push({ location: 'wallet', lpBalanceWei: walletBalance.value, farmIndex: null })
    state.farms.forEach((farmState, farmIndex) => {
      if (lower(farmState.farm.stakingToken) !== lower(pair.address)) return
      if (!farmState.balance.ok)
        holdings.push({
          location: 'farm',
          lpBalanceWei: null,
          balanceError: farmState.balance.error,
          farmIndex,
        })
      else if (farmState.balance.value > 0n)
        holdings.push({ location: 'farm', lpBalanceWei: farmState.balance.value, farmIndex })
    })
    for (const holding of holdings) {
      const farmState = holding.farmIndex === null ? undefined : state.farms[holding.farmIndex]
      const token0 = meta(pair.token0)
      const token1 = meta(pair.token1)
      const base = {
        id: `v2:${lower(pair.address)}:${holding.location}`,
        protocol: 'v2' as const,
        location: holding.location,
        blockNumber,
        token0,
        token1,
      }
      const farm = farmState?.farm.address ?? null
      if (holding.lpBalanceWei === null) {
        views.push({
          ...base,
          status: 'unavailable',
          reason: farm
            ? `farm ${farm} did not answer balanceOf (${shortError(holding.balanceError)}): the LP staked there is unknown`
            : `pair ${pair.address} did not answer balanceOf (${shortError(holding.balanceError)}): the LP held is unknown`,
          v3: null,
          v2: { pair: pair.address, farm },
        })
        continue
      }
      const lpBalanceWei = holding.lpBalanceWei
      const { reserves, totalSupply, kLast, balance0, balance1 } = pairState
      const decimalsError = decimalsProblem(pair.token0, pair.token1)
      if (
        !reserves.ok ||
        !totalSupply.ok ||
        !kLast.ok ||
        !balance0.ok ||
        !balance1.ok ||
        !state.v2FeeOn.ok ||
        decimalsError
      ) {
        views.push({
          ...base,
          status: 'unavailable',
          reason: decimalsError ?? `pair ${pair.address} could not be read`,
          v3: null,
          v2: { pair: pair.address, farm },
        })
        continue
      }
      const feeParameters = {
        reserve0: reserves.value[0],
        reserve1: reserves.value[1],
        totalSupply: totalSupply.value,
        kLast: kLast.value,
        feeOn: state.v2FeeOn.value,
      }
      const value = getLiquidityValue({
        ...feeParameters,
        liquidity: lpBalanceWei,
        balance0: balance0.value,
        balance1: balance1.value,
      })
      const supplyAfterFeeWei = totalSupply.value + getProtocolFeeLiquidity(feeParameters)
      const pendingRewards: PendingReward[] = []
      if (farmState) {
        const f = farmState
        if (
          !f.rewardRate.ok ||
          !f.rewardPerTokenStored.ok ||
          !f.lastUpdateTime.ok ||
          !f.periodFinish.ok ||
          !f.totalSupply.ok ||
          !f.userRewardPerTokenPaid.ok ||
          !f.rewards.ok
        ) {
          views.push({
            ...base,
            status: 'unavailable',
            reason: `farm ${f.farm.address} could not be read`,
            v3: null,
            v2: { pair: pair.address, farm },
          })
          continue
        }
        const earnedWei = stakingRewardsEarned(
          {
            rewardRate: f.rewardRate.value,
            rewardPerTokenStored: f.rewardPerTokenStored.value,
            lastUpdateTime: f.lastUpdateTime.value,
            periodFinish: f.periodFinish.value,
            totalSupply: f.totalSupply.value,
          },
          {
            balance: lpBalanceWei,
            userRewardPerTokenPaid: f.userRewardPerTokenPaid.value,
            rewards: f.rewards.value,
          },
          now,
        )
        pendingRewards.push({
          source: f.farm.address,
          reward: amountOf(meta(f.farm.rewardsToken), earnedWei),
          endTime: Number(f.periodFinish.value),
          aprFraction: null,
        })
      }
      const zero0 = amountOf(token0, 0n)
      const zero1 = amountOf(token1, 0n)
      const amount0 = amountOf(token0, value.amount0)
      const amount1 = amountOf(token1, value.amount1)
      views.push({
        ...base,
        status: 'ok',
        amount0,
        amount1,
        owed0: zero0,
        owed1: zero1,
        uncollectedFees0: zero0,
        uncollectedFees1: zero1,
        withdrawnUncollected0: zero0,
        withdrawnUncollected1: zero1,
        pendingRewards,
        valueUsd: sumUsd([amount0, amount1, ...pendingRewards.map((r) => r.reward)]),
        v3: null,
        v2: {
          pair: pair.address,
          lpBalanceWei,
          lpTotalSupplyWei: totalSupply.value,
          reserve0Wei: reserves.value[0],
          reserve1Wei: reserves.value[1],
          shareOfPool:
            supplyAfterFeeWei > 0n ? Number((lpBalanceWei * 10n ** 18n) / supplyAfterFeeWei) / 1e18 : 0,
          farm,
        },
      })
    }
  }

  let totalValueUsd = 0
  let positionsWithoutPrice = 0
  for (const view of views) {
    if (view.status !== 'ok') continue
    if (view.valueUsd === null) positionsWithoutPrice++
    else totalValueUsd += view.valueUsd
  }
  return {
    chainId,
    account: state.account,
    blockNumber,
    blockTimestamp: Number(state.blockTimestamp),
    positions: views,
    totalValueUsd,
    positionsWithoutPrice,
    pricesUsd,
    ...(state.v3PositionsTotal === undefined
      ? {}
      : { v3Page: { loaded: state.v3Positions.length, total: state.v3PositionsTotal } }),
    stakerRewardsOwed: state.stakerRewardsOwed.every((owed) => owed.amountWei.ok)
      ? state.stakerRewardsOwed.map((owed) =>
          amountOf(meta(owed.rewardToken), (owed.amountWei as { ok: true; value: bigint }).value),
        )
      : null,
  }
}
