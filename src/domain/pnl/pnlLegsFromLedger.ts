import type { Address } from 'viem'
import type { LedgerEntry, LedgerGas } from '../ledger/ledgerExport.ts'
import type { PnlLeg } from './positionPnl.ts'

export interface PnlLegsFromLedger {
  legs: PnlLeg[]
  /** Gas of each transaction that touched the position (once per transaction), valued at its block. */
  gas: (number | null)[] | null
  /**
   * The position came in by a transfer: what was paid into it before is not this account's, and its
   * cost basis is not on chain, so the deposits are unavailable (never counted as 0).
   */
  receivedByTransfer: boolean
  /**
   * Part of it left by a transfer to another address (V2 LP tokens sent away): that value left without a
   * withdrawal, so the withdrawals are unavailable (never counted as 0).
   */
  sentByTransfer: boolean
}

/**
 * The PnL legs of one position from the account's ledger (exact amounts, USD at each block).
 * V3: mint / increase principal paid → deposit; DecreaseLiquidity principal → withdraw (when it is
 * credited, which is when it leaves the position); a Collect's fee part → fee (its principal part was
 * counted at the decrease); claimed rewards → reward.
 * V2 (the pair's LP, in the wallet and in its farm alike): a pair Mint → deposit; a Burn → withdraw, the
 * fees the pair compounded in the reserves inside it (positionPnl protocol 'v2'); farm RewardPaid → reward.
 * Stakes, unstakes, the NFT and the LP tokens themselves move no value.
 * @param positionId 'v3:<tokenId>' or 'v2:<pair>' (any case)
 */
export function pnlLegsFromLedger(parameters: {
  entries: readonly LedgerEntry[]
  gas: readonly LedgerGas[] | null
  positionId: string
  token0: Address
  token1: Address
  /**
   * Count the values in this token (one of the pair's, usually) instead of USD: each USD value divided
   * by the token's USD price at the same block (null where either is unknown).
   */
  numeraire?: Address | undefined
}): PnlLegsFromLedger {
  const positionId = parameters.positionId.toLowerCase()
  const numeraire = parameters.numeraire?.toLowerCase()
  const inNumeraire = (usd: number | null, pricesUsd: Readonly<Record<string, number | null>>) => {
    if (usd === null || numeraire === undefined) return usd
    const price = pricesUsd[numeraire]
    return price === undefined || price === null || price <= 0 ? null : usd / price
  }
  const pricesByTx = new Map<string, Readonly<Record<string, number | null>>>()
  const sideOf = (token: Address) =>
    token.toLowerCase() === parameters.token0.toLowerCase()
      ? 0
      : token.toLowerCase() === parameters.token1.toLowerCase()
        ? 1
        : undefined
  const legs: PnlLeg[] = []
  const transactions = new Set<string>()
  let receivedByTransfer = false
  let sentByTransfer = false
  for (const { row, legsUsd, pricesUsd } of parameters.entries) {
    if (row.positionId.toLowerCase() !== positionId) continue
    transactions.add(row.transactionHash.toLowerCase())
    pricesByTx.set(row.transactionHash.toLowerCase(), pricesUsd)
    if (row.kind === 'transfer-in') receivedByTransfer = true
    if (row.kind === 'transfer-out') sentByTransfer = true
    row.legs.forEach((leg, index) => {
      const value = inNumeraire(legsUsd[index] ?? null, pricesUsd)
      const role =
        leg.part === 'reward'
          ? 'reward'
          : leg.part === 'fee'
            ? 'fee'
            : leg.part !== 'principal'
              ? undefined
              : (row.kind === 'mint' || row.kind === 'increase') && leg.direction === 'out'
                ? 'deposit'
                : row.kind === 'decrease' || row.kind === 'burn'
                  ? 'withdraw'
                  : undefined
      if (role === undefined) return
      legs.push({ role, side: sideOf(leg.token), amountWei: leg.amountWei, value })
    })
  }
  const gas =
    parameters.gas === null
      ? null
      : parameters.gas
          .filter((g) => transactions.has(g.transactionHash.toLowerCase()))
          .map((g) => inNumeraire(g.feeUsd, pricesByTx.get(g.transactionHash.toLowerCase()) ?? {}))
  return { legs, gas, receivedByTransfer, sentByTransfer }
}
