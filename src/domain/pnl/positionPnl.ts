import { wholeTokens } from '../figures/wholeTokens.ts'
import { splitOwedAmounts } from '../history/splitOwedAmounts.ts'

/**
 * Prices of a position's two tokens in the chosen numeraire (USD, or one of the pair's tokens), per
 * whole token, at one moment; null where no price is known for that moment (never a guess).
 */
export interface PnlPrices {
  price0: number | null
  price1: number | null
}

/** One event of the position's own history, with the prices at its block. */
export interface PnlEvent {
  /** deposit = IncreaseLiquidity / V2 Mint share; withdraw = DecreaseLiquidity / V2 Burn share; collect = V3 Collect. */
  kind: 'deposit' | 'withdraw' | 'collect'
  amount0Wei: bigint
  amount1Wei: bigint
  prices: PnlPrices
}

/** Gas one transaction of the position paid: gasUsed × effectiveGasPrice (+ the L1 data fee on OP-stack chains). */
export interface PnlGas {
  costWei: bigint
  /** The native token's price in the numeraire when the transaction was mined. */
  nativePrice: number | null
}

/** A farm reward: claimed (valued when claimed) or pending (valued now). */
export interface PnlReward {
  amountWei: bigint
  decimals: number
  /** Price in the numeraire: at the claim's block for a claimed reward, now for a pending one. */
  price: number | null
}

export interface PositionPnlParameters {
  decimals0: number
  decimals1: number
  /** 'v3': fees are apart from the position's amounts; 'v2': they compound inside the reserves. */
  protocol: 'v2' | 'v3'
  /** The position's own events, chain-ordered. */
  events: readonly PnlEvent[]
  /** What the liquidity is worth now in tokens, excluding uncollected fees and withdrawn-uncollected principal. */
  amount0NowWei: bigint
  amount1NowWei: bigint
  /** V3: what collect(max) would pay now (NPM tokensOwed + fees accrued since the last poke). */
  owed0Wei: bigint
  owed1Wei: bigint
  pricesNow: PnlPrices
  rewards: readonly PnlReward[]
  /** Gas of every transaction of the position Poolscope found; null when the receipts could not be read. */
  gas: readonly PnlGas[] | null
}

/** The terms of a position's PnL, in the numeraire of the prices given; null = unavailable. */
export interface PositionPnl {
  /** V_now: the liquidity's value now, excluding uncollected fees (V2: the fees compounded in it included). */
  valueNow: number | null
  /** D: every deposit valued at its own block's prices. */
  deposits: number | null
  /** W: every withdrawal (V3 DecreaseLiquidity principal, V2 burn) valued at its own block's prices. */
  withdrawals: number | null
  /** H_now: the tokens deposited net of those withdrawn, valued now (the HODL portfolio). */
  holdValueNow: number | null
  /** Price effect = H_now − (D − W): what holding the deposited tokens would have made. */
  priceEffect: number | null
  /** Divergence loss = V_now − H_now (≤ 0 for a single deposit; V2: after the fees compounded in it). */
  divergenceLoss: number | null
  /**
   * F: fees, each Collect's fee part at its block's prices (a Collect pays withdrawn principal first,
   * splitOwedAmounts) + uncollected fees now. null on V2, where they sit inside V_now.
   */
  fees: number | null
  /** R: claimed rewards at their claim's prices + pending rewards at today's. */
  rewards: number | null
  /** G: gas paid, each transaction at its block's native price. */
  gas: number | null
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

function pairValue(amount0Wei: bigint, amount1Wei: bigint, d0: number, d1: number, prices: PnlPrices) {
  const part = (amount: bigint, decimals: number, price: number | null) =>
    amount === 0n ? 0 : price === null ? null : wholeTokens(amount, decimals) * price
  return sumKnown([part(amount0Wei, d0, prices.price0), part(amount1Wei, d1, prices.price1)])
}

/**
 * A position's PnL in six terms (`../shared/amm-reference.md` §10): value now, deposits and
 * withdrawals at their own times' prices, the price effect, divergence loss, fees and rewards, less
 * gas. Token amounts stay exact (bigint) until each is valued at its own moment's prices (the one
 * float boundary); every term is then a sum of those values, so the identity
 * total = price effect + divergence loss + fees + rewards − gas holds to float rounding.
 */
export function positionPnl(parameters: PositionPnlParameters): PositionPnl {
  const { decimals0: d0, decimals1: d1, events, pricesNow } = parameters
  const value = (a0: bigint, a1: bigint, prices: PnlPrices) => pairValue(a0, a1, d0, d1, prices)
  const deposits = sumKnown(
    events.filter((e) => e.kind === 'deposit').map((e) => value(e.amount0Wei, e.amount1Wei, e.prices)),
  )
  const withdrawals = sumKnown(
    events.filter((e) => e.kind === 'withdraw').map((e) => value(e.amount0Wei, e.amount1Wei, e.prices)),
  )
  const net = (side: 0 | 1) =>
    events.reduce((total, e) => {
      const amount = side === 0 ? e.amount0Wei : e.amount1Wei
      return e.kind === 'deposit' ? total + amount : e.kind === 'withdraw' ? total - amount : total
    }, 0n)
  const holdValueNow = value(net(0), net(1), pricesNow)
  const valueNow = value(parameters.amount0NowWei, parameters.amount1NowWei, pricesNow)

  let fees: number | null = null
  if (parameters.protocol === 'v3') {
    // Each Collect's fee part: the growth of the collected fees over the history up to it (the rule of
    // splitOwedAmounts, walked one event at a time).
    const parts: (number | null)[] = []
    let before = { collectedFees0Wei: 0n, collectedFees1Wei: 0n }
    events.forEach((event, index) => {
      if (event.kind !== 'collect') return
      const after = splitOwedAmounts({ entries: events.slice(0, index + 1), owed0Wei: 0n, owed1Wei: 0n })
      parts.push(
        value(
          after.collectedFees0Wei - before.collectedFees0Wei,
          after.collectedFees1Wei - before.collectedFees1Wei,
          event.prices,
        ),
      )
      before = after
    })
    const owed = splitOwedAmounts({
      entries: events,
      owed0Wei: parameters.owed0Wei,
      owed1Wei: parameters.owed1Wei,
    })
    parts.push(value(owed.uncollectedFees0Wei, owed.uncollectedFees1Wei, pricesNow))
    fees = sumKnown(parts)
  }
  const rewards = sumKnown(
    parameters.rewards.map((r) =>
      r.amountWei === 0n ? 0 : r.price === null ? null : wholeTokens(r.amountWei, r.decimals) * r.price,
    ),
  )
  const gas =
    parameters.gas === null
      ? null
      : sumKnown(
          parameters.gas.map((g) =>
            g.costWei === 0n ? 0 : g.nativePrice === null ? null : wholeTokens(g.costWei, 18) * g.nativePrice,
          ),
        )

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
    total,
    partial: total !== null && unavailable.length > 0,
    unavailable,
  }
}
