// The app's PnL of a V3 position computed the way the position page does (the code under test), and
// its term-by-term distance from the raw-chain oracle (test/helpers/pnlOracle.ts).
import type { readLedger } from '../../src/chain/ledger/readLedger.ts'
import { pnlLegsFromLedger } from '../../src/domain/pnl/pnlLegsFromLedger.ts'
import { type PositionPnl, positionPnl } from '../../src/domain/pnl/positionPnl.ts'
import type { PositionViewOk } from '../../src/domain/positions/model.ts'
import type { OraclePnl } from './pnlOracle.ts'

/**
 * The app's PnL of a V3 position the way the position page computes it: the holder's ledger, then the
 * position's legs, then the six terms with the positions snapshot's amounts, fees and today's prices.
 */
export function appV3Pnl(
  position: PositionViewOk,
  ledger: Awaited<ReturnType<typeof readLedger>>,
  pricesUsd: Readonly<Record<string, number | null>>,
): PositionPnl {
  const v3 = position.v3
  if (!v3) throw new Error('not a V3 position')
  const priceOf = (address: string) => pricesUsd[address.toLowerCase()] ?? null
  const mapped = pnlLegsFromLedger({
    entries: ledger.entries,
    gas: ledger.missingReceipts.length > 0 ? null : ledger.gas,
    positionId: `v3:${v3.tokenId}`,
    token0: position.token0.address,
    token1: position.token1.address,
  })
  return positionPnl({
    decimals0: position.token0.decimals,
    decimals1: position.token1.decimals,
    protocol: 'v3',
    legs: mapped.legs,
    amount0NowWei: position.amount0.amountWei,
    amount1NowWei: position.amount1.amountWei,
    uncollectedFee0Wei: position.uncollectedFees0?.amountWei ?? null,
    uncollectedFee1Wei: position.uncollectedFees1?.amountWei ?? null,
    pricesNow: { price0: priceOf(position.token0.address), price1: priceOf(position.token1.address) },
    pendingRewards: [],
    gas: mapped.gas,
  })
}

const TERMS = ['valueNow', 'deposits', 'withdrawals', 'holdValueNow', 'fees', 'gas', 'total'] as const

/** Each term's app value, oracle value and |difference| in USD (NaN when the app has none). */
export function pnlTermErrorsUsd(app: PositionPnl, oracle: OraclePnl) {
  return TERMS.map((term) => {
    const got = app[term]
    return { term, got, want: oracle[term], error: Math.abs((got ?? Number.NaN) - oracle[term]) }
  })
}
