import { realizedFeeApr } from '../figures/realizedFeeApr.ts'
import type { PositionHistoryEvent, PositionViewOk, TokenAmount, VersusHolding } from '../positions/model.ts'
import { amountToUsd } from '../pricing/computeUsdPrices.ts'
import { type HistoryShare, scaleByShare } from './historyShare.ts'
import type { HistoryEntry } from './logTypes.ts'
import { splitOwedAmounts } from './splitOwedAmounts.ts'
import { poolPriceOf, valueInToken1Wei } from './valueAtPoolPrice.ts'

export interface ComputeVersusHoldingParameters {
  position: PositionViewOk
  /** The position's own events, chain-ordered. */
  entries: readonly HistoryEntry[]
  timestamps: ReadonlyMap<bigint, number>
  /** USD per whole token by lowercase address (today's prices). */
  pricesUsd: Readonly<Record<string, number | null>>
  /** Chain time of the snapshot (unix seconds): APRs use chain time, never the wall clock. */
  nowTimestamp: number
  /**
   * V2 only: the exact share of the account's LP this position holds (wallet vs farm), applied to
   * the pair's deposits (see splitShares). All of it for V3.
   */
  shareOfHistory?: HistoryShare
  /** Rewards already paid/credited to the position (attributeClaimedRewards); null = unknown. */
  claimedRewards?: readonly TokenAmount[] | null
  /**
   * V4 only: the 'collect' entries are the fees each modification paid (v4FeeHistory); `unknown` = some fee
   * could not be told from the logs (lifetime fees unavailable), `notes` = why some are estimates.
   */
  v4Fees?: { unknown: boolean; notes: readonly string[] }
}

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n)

/**
 * "Versus holding" for one position: net deposit, value if held (today's prices), impermanent loss,
 * lifetime fees (collected + uncollected; exact wei before pricing), rewards, net PnL and the
 * realized fee APR since the first deposit. V2 fees stay inside the reserves, so V2 IL includes them
 * and lifetime fees are null.
 */
export function computeVersusHolding(parameters: ComputeVersusHoldingParameters): VersusHolding {
  const { position, entries, timestamps, pricesUsd, nowTimestamp } = parameters
  const share = parameters.shareOfHistory ?? { kind: 'all' }
  const scale = (amount: bigint) => scaleByShare(amount, share)
  const of = (kind: HistoryEntry['kind'], side: 0 | 1) =>
    sum(entries.filter((e) => e.kind === kind).map((e) => (side === 0 ? e.amount0Wei : e.amount1Wei)))
  const deposited0Wei = scale(of('deposit', 0) - of('withdraw', 0))
  const deposited1Wei = scale(of('deposit', 1) - of('withdraw', 1))
  // V3: the owed amount is withdrawn principal first, fees after (splitOwedAmounts). V2: fees compound.
  // V4: no tokensOwed; every modification paid its fees at once (the 'collect' entries), what is owed now is fees.
  const owed =
    position.protocol === 'v3'
      ? splitOwedAmounts({ entries, owed0Wei: position.owed0.amountWei, owed1Wei: position.owed1.amountWei })
      : position.protocol === 'v4'
        ? {
            collectedFees0Wei: of('collect', 0),
            collectedFees1Wei: of('collect', 1),
            uncollectedFees0Wei: position.owed0.amountWei,
            uncollectedFees1Wei: position.owed1.amountWei,
            withdrawnUncollected0Wei: 0n,
            withdrawnUncollected1Wei: 0n,
          }
        : undefined
  const events: PositionHistoryEvent[] = entries.map((entry) => ({
    kind: entry.kind,
    blockNumber: entry.blockNumber,
    timestamp: timestamps.get(entry.blockNumber) ?? 0,
    transactionHash: entry.transactionHash,
    amount0Wei: scale(entry.amount0Wei),
    amount1Wei: scale(entry.amount1Wei),
  }))
  const firstDeposit = events.find((event) => event.kind === 'deposit')
  const openedTimestamp = firstDeposit ? firstDeposit.timestamp : null

  const price0 = pricesUsd[position.token0.address.toLowerCase()] ?? null
  const price1 = pricesUsd[position.token1.address.toLowerCase()] ?? null
  const signedUsd = (amount: bigint, decimals: number, price: number | null) => {
    const value = amountToUsd(amount < 0n ? -amount : amount, decimals, price)
    return value === null ? null : amount < 0n ? -value : value
  }
  /** Route-priced value of token amounts (realized fees and rewards are valued this way). */
  const usd = (amount0: bigint, amount1: bigint): number | null => {
    const value0 = signedUsd(amount0, position.token0.decimals, price0)
    const value1 = signedUsd(amount1, position.token1.decimals, price1)
    return value0 === null || value1 === null ? null : value0 + value1
  }
  // IL and hold value at the position's OWN pool price (exact, in token1 wei), then one route price
  // to USD: a 0.3 % pool whose price differs from the route's pool never shows a "gain" from the gap.
  const poolPrice = poolPriceOf(position)
  const usdVia = price1 !== null ? 'token1' : price0 !== null ? 'token0' : null
  const token1WeiToUsd = (value1Wei: bigint): number | null => {
    if (!poolPrice) return null
    if (usdVia === 'token1') return signedUsd(value1Wei, position.token1.decimals, price1)
    if (usdVia === 'token0')
      return signedUsd(
        (value1Wei * poolPrice.denominator) / poolPrice.numerator,
        position.token0.decimals,
        price0,
      )
    return null
  }
  const atPool = (amount0: bigint, amount1: bigint) =>
    poolPrice ? valueInToken1Wei(amount0, amount1, poolPrice) : null
  const hold1Wei = atPool(deposited0Wei, deposited1Wei)
  const il1Wei = atPool(
    position.amount0.amountWei - deposited0Wei,
    position.amount1.amountWei - deposited1Wei,
  )
  const gross1Wei = atPool(scale(of('deposit', 0)), scale(of('deposit', 1)))
  const holdValueUsd = hold1Wei === null ? null : token1WeiToUsd(hold1Wei)
  const impermanentLossUsd = il1Wei === null || firstDeposit === undefined ? null : token1WeiToUsd(il1Wei)
  // Relative figures use the gross deposit: a closed position's net deposit is only its realized IL.
  // The fraction is a ratio of two pool-price values: no USD price in it.
  const impermanentLossFraction =
    il1Wei === null || gross1Wei === null || gross1Wei <= 0n || firstDeposit === undefined
      ? null
      : Number((il1Wei * 10n ** 18n) / gross1Wei) / 1e18
  const grossDepositUsd = gross1Wei === null ? null : token1WeiToUsd(gross1Wei)
  const collectedFees0Wei = owed?.collectedFees0Wei ?? 0n
  const collectedFees1Wei = owed?.collectedFees1Wei ?? 0n
  const lifetimeFeesUsd =
    position.protocol === 'v2' || !owed || parameters.v4Fees?.unknown
      ? null
      : usd(collectedFees0Wei + owed.uncollectedFees0Wei, collectedFees1Wei + owed.uncollectedFees1Wei)
  const claimedRewards = parameters.claimedRewards === undefined ? [] : parameters.claimedRewards
  let rewardsUsd: number | null = claimedRewards === null ? null : 0
  for (const reward of [...position.pendingRewards.map((r) => r.reward), ...(claimedRewards ?? [])]) {
    if (reward.amountWei === 0n) continue
    rewardsUsd = rewardsUsd === null || reward.valueUsd === null ? null : rewardsUsd + reward.valueUsd
  }
  const netPnlUsd =
    impermanentLossUsd === null ||
    rewardsUsd === null ||
    (position.protocol !== 'v2' && lifetimeFeesUsd === null)
      ? null
      : impermanentLossUsd + rewardsUsd + (lifetimeFeesUsd ?? 0)
  // A closed position stopped earning at its last withdrawal.
  const closedAt = (position.v3 ?? position.v4)?.closed
    ? events.filter((e) => e.kind === 'withdraw').at(-1)?.timestamp
    : undefined
  const endTimestamp = closedAt ?? nowTimestamp
  const feeApr = realizedFeeApr({
    lifetimeFeesUsd,
    grossDepositUsd,
    earningSeconds: openedTimestamp === null ? null : endTimestamp - openedTimestamp,
  })
  const { decimals: d0 } = position.token0
  const { decimals: d1 } = position.token1
  return {
    events,
    deposited0Wei,
    deposited1Wei,
    openedTimestamp,
    collectedFees0Wei,
    collectedFees1Wei,
    withdrawnUncollected0Wei: owed?.withdrawnUncollected0Wei ?? 0n,
    withdrawnUncollected1Wei: owed?.withdrawnUncollected1Wei ?? 0n,
    uncollectedFees0Wei: owed?.uncollectedFees0Wei ?? 0n,
    uncollectedFees1Wei: owed?.uncollectedFees1Wei ?? 0n,
    valuationBasis: {
      poolPrice0In1: poolPrice
        ? (Number(poolPrice.numerator) / Number(poolPrice.denominator)) * 10 ** (d0 - d1)
        : null,
      usdVia,
      usdPerWholeToken: usdVia === 'token1' ? price1 : usdVia === 'token0' ? price0 : null,
    },
    holdValueUsd,
    impermanentLossUsd,
    impermanentLossFraction,
    lifetimeFeesUsd,
    claimedRewards: claimedRewards ?? [],
    rewardsUsd,
    netPnlUsd,
    realizedFeeApr: feeApr.kind === 'ok' ? feeApr.value : null,
    realizedFeeAprTooRecent: feeApr.kind === 'too-recent',
    ...(parameters.v4Fees ? { feeNotes: parameters.v4Fees.notes } : {}),
  }
}
