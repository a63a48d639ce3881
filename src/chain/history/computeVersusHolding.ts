import type {
  PositionHistoryEvent,
  PositionViewOk,
  TokenAmount,
  VersusHolding,
} from '../../features/positions/model.ts'
import { amountToUsd } from '../prices/computeUsdPrices.ts'
import type { HistoryEntry } from './readPositionHistory.ts'

const SECONDS_PER_YEAR = 31_536_000

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
   * V2 only: the share of the account's LP this position holds (wallet vs farm), 0..1, applied to
   * the pair's deposits. 1 for V3.
   */
  shareOfHistory?: number
  /** Rewards already paid/credited to the position (attributeClaimedRewards); null = unknown. */
  claimedRewards?: readonly TokenAmount[] | null
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
  const share = parameters.shareOfHistory ?? 1
  const scale = (amount: bigint) =>
    share === 1 ? amount : (amount * BigInt(Math.round(share * 1e9))) / 1_000_000_000n
  const of = (kind: HistoryEntry['kind'], side: 0 | 1) =>
    sum(entries.filter((e) => e.kind === kind).map((e) => (side === 0 ? e.amount0Wei : e.amount1Wei)))
  const deposited0Wei = scale(of('deposit', 0) - of('withdraw', 0))
  const deposited1Wei = scale(of('deposit', 1) - of('withdraw', 1))
  const collectedFees0Wei = of('collect', 0) - of('withdraw', 0)
  const collectedFees1Wei = of('collect', 1) - of('withdraw', 1)
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

  const price0 = pricesUsd[position.token0.address.toLowerCase()]
  const price1 = pricesUsd[position.token1.address.toLowerCase()]
  const usd = (amount0: bigint, amount1: bigint): number | null => {
    const value0 = amountToUsd(amount0 < 0n ? -amount0 : amount0, position.token0.decimals, price0)
    const value1 = amountToUsd(amount1 < 0n ? -amount1 : amount1, position.token1.decimals, price1)
    if (value0 === null || value1 === null) return null
    return (amount0 < 0n ? -value0 : value0) + (amount1 < 0n ? -value1 : value1)
  }
  const holdValueUsd = usd(deposited0Wei, deposited1Wei)
  const currentValueUsd = usd(position.amount0.amountWei, position.amount1.amountWei)
  const impermanentLossUsd =
    holdValueUsd === null || currentValueUsd === null || firstDeposit === undefined
      ? null
      : currentValueUsd - holdValueUsd
  // Relative figures use the gross deposit: a closed position's net deposit is only its realized IL.
  const grossDepositUsd = usd(scale(of('deposit', 0)), scale(of('deposit', 1)))
  const impermanentLossFraction =
    impermanentLossUsd === null || grossDepositUsd === null || grossDepositUsd === 0
      ? null
      : impermanentLossUsd / grossDepositUsd
  const lifetimeFeesUsd =
    position.protocol === 'v2'
      ? null
      : usd(
          collectedFees0Wei + position.uncollectedFees0.amountWei,
          collectedFees1Wei + position.uncollectedFees1.amountWei,
        )
  const claimedRewards = parameters.claimedRewards === undefined ? [] : parameters.claimedRewards
  let rewardsUsd: number | null = claimedRewards === null ? null : 0
  for (const reward of [...position.pendingRewards.map((r) => r.reward), ...(claimedRewards ?? [])]) {
    if (reward.amountWei === 0n) continue
    rewardsUsd = rewardsUsd === null || reward.valueUsd === null ? null : rewardsUsd + reward.valueUsd
  }
  const netPnlUsd =
    impermanentLossUsd === null ||
    rewardsUsd === null ||
    (position.protocol === 'v3' && lifetimeFeesUsd === null)
      ? null
      : impermanentLossUsd + rewardsUsd + (lifetimeFeesUsd ?? 0)
  // A closed position stopped earning at its last withdrawal.
  const closedAt = position.v3?.closed
    ? events.filter((e) => e.kind === 'withdraw').at(-1)?.timestamp
    : undefined
  const endTimestamp = closedAt ?? nowTimestamp
  const years = openedTimestamp === null ? 0 : (endTimestamp - openedTimestamp) / SECONDS_PER_YEAR
  const realizedFeeApr =
    lifetimeFeesUsd === null || grossDepositUsd === null || grossDepositUsd <= 0 || years <= 0
      ? null
      : lifetimeFeesUsd / grossDepositUsd / years
  return {
    events,
    deposited0Wei,
    deposited1Wei,
    openedTimestamp,
    collectedFees0Wei,
    collectedFees1Wei,
    holdValueUsd,
    impermanentLossUsd,
    impermanentLossFraction,
    lifetimeFeesUsd,
    claimedRewards: claimedRewards ?? [],
    rewardsUsd,
    netPnlUsd,
    realizedFeeApr,
  }
}
