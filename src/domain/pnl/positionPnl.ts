import { wholeTokens } from '../figures/wholeTokens.ts'

/**
 * Prices of a position's two tokens in the chosen numeraire (USD, or one of the pair's tokens), per
 * whole token, now; null where no price is known (never a guess).
 */
export interface PnlPrices {
  price0: number | null
  price1: number | null
}

/**
 * One token amount of the position's history, valued at its own block's prices (the ledger's legs):
 * - deposit: principal paid into the position (V3 mint / increase, V2 mint);
 * - withdraw: principal taken out (V3 DecreaseLiquidity, credited to tokensOwed; a V2 burn, with the
 *   fees the pair compounded in it, which the chain does not separate);
 * - fee: the fee part of a V3 Collect (a Collect pays withdrawn principal first: splitCollects);
 * - reward: a claimed farm or staker reward.
 */
export interface PnlLeg {
  role: 'deposit' | 'withdraw' | 'fee' | 'reward'
  /** Which of the pair's tokens (deposit / withdraw need it for the HODL portfolio); none for a reward token. */
  side?: 0 | 1 | undefined
  amountWei: bigint
  /** Its value at its block, in the numeraire; null = no price then. */
  value: number | null
}

/** A reward accrued and not claimed yet, valued now. */
export interface PnlPendingReward {
  amountWei: bigint
  decimals: number
  price: number | null
}

export interface PositionPnlParameters {
  decimals0: number
  decimals1: number
  /** 'v3': fees are apart from the position's amounts; 'v2': they compound inside the reserves. */
  protocol: 'v2' | 'v3'
  legs: readonly PnlLeg[]
  /** What the liquidity is worth now in tokens, excluding uncollected fees and withdrawn-uncollected principal. */
  amount0NowWei: bigint
  amount1NowWei: bigint
  /** V3: the fee part of what collect(max) would pay now; null while it cannot be split from principal. */
  uncollectedFee0Wei: bigint | null
  uncollectedFee1Wei: bigint | null
  pricesNow: PnlPrices
  pendingRewards: readonly PnlPendingReward[]
  /**
   * Gas of every transaction of the position, each valued at its block's native price (null = no price
   * then); null when the receipts could not be read.
   */
  gas: readonly (number | null)[] | null
}

/** The terms of a position's PnL, in the numeraire of the values given; null = unavailable. */
export interface PositionPnl {
  /** V_now: the liquidity's value now, excluding uncollected fees (V2: the fees compounded in it included). */
  valueNow: number | null
  /** D: every deposit valued at its own block's prices. */
  deposits: number | null
  /** W: every withdrawal valued at its own block's prices. */
  withdrawals: number | null
  /** H_now: the tokens deposited net of those withdrawn, valued now (the HODL portfolio). */
  holdValueNow: number | null
  /** Price effect = H_now − (D − W): what holding the deposited tokens would have made. */
  priceEffect: number | null
  /** Divergence loss = V_now − H_now (≤ 0 for a single deposit; V2: after the fees compounded in it). */
  divergenceLoss: number | null
  /** F: each Collect's fee part at its block's prices + uncollected fees now. null on V2 (inside V_now). */
  fees: number | null
  /** R: claimed rewards at their claim's prices + pending rewards at today's. */
  rewards: number | null
  /** G: gas paid, each transaction at its block's native price. */
  gas: number | null
  /** The fees not collected yet, at today's prices (the part of F still owed); V2: 0 (they sit in the reserves). */
  uncollectedFeesNow: number | null
  /** The rewards not claimed yet, at today's prices (the part of R still pending). */
  pendingRewardsNow: number | null
  /**
   * Total PnL = V_now + W + F + R − D − G = price effect + divergence loss + F + R − G. null when V_now,
   * D or W is unavailable; otherwise the sum of the known terms, `partial` when F, R or G is missing.
   */
  total: number | null
  partial: boolean
  /** Which terms are unavailable (a missing price or receipt), for the "partial" note. */
  unavailable: readonly PnlTermName[]
}

export type PnlTermName = 'valueNow' | 'deposits' | 'withdrawals' | 'fees' | 'rewards' | 'gas'

/** Sum of the values, or null when any is null. */
function sumKnown(values: readonly (number | null)[]): number | null {
  let total = 0
  for (const value of values) {
    if (value === null) return null
    total += value
  }
  return total
}

/**
 * A position's PnL in six terms (`../shared/amm-reference.md` §10): value now, deposits and
 * withdrawals at their own times' prices, the price effect, divergence loss, fees and rewards, less
 * gas. Amounts stay exact (bigint) until each is valued once at its own moment's prices (the one float
 * boundary); every term is a sum of those values, so the identity
 * total = price effect + divergence loss + fees + rewards − gas holds to float rounding.
 */
export function positionPnl(parameters: PositionPnlParameters): PositionPnl {
  const { decimals0: d0, decimals1: d1, legs, pricesNow } = parameters
  const nowValue = (amount: bigint, decimals: number, price: number | null) =>
    amount === 0n ? 0 : price === null ? null : wholeTokens(amount, decimals) * price
  const pairNow = (a0: bigint, a1: bigint) =>
    sumKnown([nowValue(a0, d0, pricesNow.price0), nowValue(a1, d1, pricesNow.price1)])
  const valuesOf = (role: PnlLeg['role']) =>
    legs.filter((leg) => leg.role === role).map((leg) => (leg.amountWei === 0n ? 0 : leg.value))

  const deposits = sumKnown(valuesOf('deposit'))
  const withdrawals = sumKnown(valuesOf('withdraw'))
  const net = (side: 0 | 1) =>
    legs.reduce(
      (total, leg) =>
        leg.side !== side
          ? total
          : leg.role === 'deposit'
            ? total + leg.amountWei
            : leg.role === 'withdraw'
              ? total - leg.amountWei
              : total,
      0n,
    )
  const holdValueNow = pairNow(net(0), net(1))
  const valueNow = pairNow(parameters.amount0NowWei, parameters.amount1NowWei)
  const uncollectedFeesNow =
    parameters.protocol === 'v2'
      ? 0
      : parameters.uncollectedFee0Wei === null || parameters.uncollectedFee1Wei === null
        ? null
        : pairNow(parameters.uncollectedFee0Wei, parameters.uncollectedFee1Wei)
  const fees =
    parameters.protocol === 'v2' || uncollectedFeesNow === null
      ? null
      : sumKnown([...valuesOf('fee'), uncollectedFeesNow])
  const pendingRewardsNow = sumKnown(
    parameters.pendingRewards.map((r) => nowValue(r.amountWei, r.decimals, r.price)),
  )
  const rewards = pendingRewardsNow === null ? null : sumKnown([...valuesOf('reward'), pendingRewardsNow])
  const gas = parameters.gas === null ? null : sumKnown(parameters.gas)

  const unavailable: PnlTermName[] = []
  const terms = { valueNow, deposits, withdrawals, rewards, gas } as const
  for (const [name, term] of Object.entries(terms)) if (term === null) unavailable.push(name as PnlTermName)
  if (parameters.protocol === 'v3' && fees === null) unavailable.push('fees')

  const priceEffect =
    holdValueNow === null || deposits === null || withdrawals === null
      ? null
      : holdValueNow - (deposits - withdrawals)
  const divergenceLoss = valueNow === null || holdValueNow === null ? null : valueNow - holdValueNow
  const total =
    valueNow === null || deposits === null || withdrawals === null
      ? null
      : valueNow + withdrawals + (fees ?? 0) + (rewards ?? 0) - deposits - (gas ?? 0)
  return {
    valueNow,
    deposits,
    withdrawals,
    holdValueNow,
    priceEffect,
    divergenceLoss,
    fees,
    rewards,
    gas,
    uncollectedFeesNow,
    pendingRewardsNow,
    total,
    partial: total !== null && unavailable.length > 0,
    unavailable,
  }
}
