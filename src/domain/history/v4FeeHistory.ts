import type { Address, Hex } from 'viem'
import { getModifyLiquidityAmounts } from '../../math/positionAmounts.ts'
import type { HistoryEntry } from './logTypes.ts'

/** One PoolManager `ModifyLiquidity` log, decoded (the pool is the one the caller filtered by). */
export interface V4ModifyLiquidityLog {
  blockNumber: bigint
  logIndex: number
  transactionHash: Hex
  /** The `sender` topic: the PositionManager for its positions. */
  sender: Address
  tickLower: number
  tickUpper: number
  liquidityDelta: bigint
  /** PositionManager positions: bytes32(tokenId). */
  salt: Hex
}

/** The pool's price as set by one `Swap` or `Initialize` log of its id. */
export interface V4PriceLog {
  blockNumber: bigint
  logIndex: number
  sqrtPriceX96: bigint
  tick: number
}

/** An ERC-20 Transfer log of a transaction's receipt, decoded. */
export interface V4TokenTransfer {
  token: Address
  from: Address
  to: Address
  amountWei: bigint
}

/** What one transaction's receipt (and, for native ETH, the owner's balance) says. */
export interface V4TransactionFacts {
  transfers: readonly V4TokenTransfer[]
  /** PoolManager ModifyLiquidity logs in the transaction, of any pool or position. */
  modifyLiquidityCount: number
  /** PoolManager Swap logs in the transaction (a swap in the same transaction also moves the owner's tokens). */
  swapCount: number
  /**
   * Native ETH the owner received net in the transaction (negative = paid), when the position has a native
   * side: no log carries it. null = unknown, with `nativeNote` saying why.
   */
  nativeNetWei: bigint | null
  /** Set when the native figure is not exact (or unknown): why. */
  nativeNote?: string | undefined
}

/** One PositionManager Transfer log of the position's NFT. */
export interface V4NftTransfer {
  blockNumber: bigint
  logIndex: number
  to: Address
}

/**
 * The NFT's owner at a log: the `to` of its last Transfer before it, else `fallback`. A burn's Transfer to
 * address(0) comes before the burn's own ModifyLiquidity (PositionManager burns the NFT first): it is skipped,
 * the holder who burned stays the owner.
 */
export function v4OwnerAt(
  transfers: readonly V4NftTransfer[],
  at: { blockNumber: bigint; logIndex: number },
  fallback: Address,
): Address {
  let owner = fallback
  let last: V4NftTransfer | undefined
  for (const transfer of transfers)
    if (BigInt(transfer.to) !== ZERO && before(transfer, at) && (!last || before(last, transfer))) {
      last = transfer
      owner = transfer.to
    }
  return owner
}

/** The fees V4 paid the owner at one modification of the position. */
export interface V4FeeEvent {
  blockNumber: bigint
  logIndex: number
  transactionHash: Hex
  liquidityDelta: bigint
  /** Who held the NFT then: the payouts' recipient counted. */
  owner: Address
  /** Principal of the liquidity delta, to the owner (negative = deposited), from the pool's price just before. */
  principal0Wei: bigint
  principal1Wei: bigint
  /** Fees paid: received − principal; null = unknown (see `notes`). */
  fees0Wei: bigint | null
  fees1Wei: bigint | null
  /** Why a figure is an estimate or unknown; empty = exact to the wei. */
  notes: readonly string[]
  /** The figures are exact only when false. */
  estimate: boolean
}

export interface V4FeeHistoryParameters {
  tokenId: bigint
  /** The position's owner now (the payouts' recipient when `ownerTransfers` says nothing earlier). */
  owner: Address
  /**
   * The NFT's PositionManager Transfer logs: at each change, the owner is the `to` of the last one before it
   * (a position received from someone else paid its earlier fees to them).
   */
  ownerTransfers?: readonly V4NftTransfer[]
  /** The PositionManager: ModifyLiquidity logs with another sender are not PositionManager positions. */
  positionManager: Address
  currency0: Address
  currency1: Address
  /** The pool's hook has a return-delta permission: it may change what the owner receives. */
  hookMayAlterAmounts: boolean
  /** The pool's ModifyLiquidity logs (any order). */
  modifications: readonly V4ModifyLiquidityLog[]
  /** The pool's Swap and Initialize logs (any order). */
  prices: readonly V4PriceLog[]
  /** Facts of each modification's transaction by hash (missing = receipt not read: figures unknown). */
  transactions: ReadonlyMap<Hex, V4TransactionFacts>
}

const ZERO = 0n
const lower = (value: string) => value.toLowerCase()
const isNative = (currency: Address) => BigInt(currency) === ZERO
const before = (a: { blockNumber: bigint; logIndex: number }, b: { blockNumber: bigint; logIndex: number }) =>
  a.blockNumber < b.blockNumber || (a.blockNumber === b.blockNumber && a.logIndex < b.logIndex)

/**
 * A PositionManager position's own ModifyLiquidity logs (sender = PositionManager, salt = bytes32(tokenId)),
 * chain-ordered, each with the position's liquidity just before it (the sum of the earlier deltas: the logs
 * from the deployment block hold every change).
 */
export function v4PositionModifications(
  modifications: readonly V4ModifyLiquidityLog[],
  positionManager: Address,
  tokenId: bigint,
): (V4ModifyLiquidityLog & { liquidityBefore: bigint })[] {
  let liquidity = ZERO
  return modifications
    .filter((log) => lower(log.sender) === lower(positionManager) && BigInt(log.salt) === tokenId)
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
    .map((log) => {
      const liquidityBefore = liquidity
      liquidity += log.liquidityDelta
      return { ...log, liquidityBefore }
    })
}

/**
 * THE fees a V4 PositionManager position was paid at each modification (issue 14's fee history). V4 has no
 * Collect event and credits a position's accrued fees on every modifyLiquidity (a deposit, a decrease of 0
 * or a burn alike), so per ModifyLiquidity log of the position (sender = PositionManager, salt =
 * bytes32(tokenId)):
 *   fees = what the owner received net in that transaction − the principal of the liquidity delta,
 * - principal: Pool.modifyLiquidity's amounts (getModifyLiquidityAmounts: a decrease rounds down, a deposit
 *   rounds up and counts negative) at the pool's price just before the log: the last Swap or Initialize of
 *   the pool by (block, log index) (liquidity changes and donations do not move the price);
 * - received: ERC-20 Transfers to the owner then (the NFT's holder at the log) minus Transfers from it in the
 *   same receipt, per currency;
 *   native ETH leaves no log, so it is the caller's `nativeNetWei` (with its note when not exact).
 * A change from zero liquidity (the mint, a re-deposit after a full decrease) pays no fees: nothing accrued
 * (exact, no receipt needed).
 * An estimate (say why in `notes`) when the logs cannot decide: several ModifyLiquidity logs or a swap in the
 * transaction, a hook with return-delta permissions, a native side that is not exact. A side whose payout is
 * below its principal (paid to another address) or whose inputs are missing is unknown (null).
 * @returns the position's modifications, chain-ordered
 */
export function v4FeeHistory(parameters: V4FeeHistoryParameters): V4FeeEvent[] {
  const { tokenId, positionManager, currency0, currency1, hookMayAlterAmounts, transactions } = parameters
  const prices = [...parameters.prices].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
  const own = v4PositionModifications(parameters.modifications, positionManager, tokenId)
  return own.map((log): V4FeeEvent => {
    const notes: string[] = []
    const price = prices.filter((p) => before(p, log)).at(-1)
    const owed = price
      ? getModifyLiquidityAmounts(
          price.tick,
          price.sqrtPriceX96,
          log.tickLower,
          log.tickUpper,
          log.liquidityDelta,
        )
      : null
    if (!owed) notes.push('no Swap or Initialize of the pool before this change: its price is unknown')
    if (hookMayAlterAmounts) notes.push('the pool’s hook may change LP payouts (return-delta permission)')
    const owner = v4OwnerAt(parameters.ownerTransfers ?? [], log, parameters.owner)
    const at = {
      owner,
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      liquidityDelta: log.liquidityDelta,
      principal0Wei: owed ? -owed.amount0 : ZERO,
      principal1Wei: owed ? -owed.amount1 : ZERO,
    }
    if (log.liquidityBefore === ZERO)
      return { ...at, fees0Wei: ZERO, fees1Wei: ZERO, notes, estimate: notes.length > 0 }
    const facts = transactions.get(log.transactionHash)
    if (!facts) notes.push('the transaction’s receipt could not be read')
    if (facts && facts.modifyLiquidityCount > 1)
      notes.push('several positions changed in this transaction: the transfers cannot be told apart')
    if (facts && facts.swapCount > 0)
      notes.push('the transaction also swapped: its transfers include the swap')
    const received = (currency: Address): bigint | null => {
      if (!facts) return null
      if (isNative(currency)) {
        if (facts.nativeNote) notes.push(facts.nativeNote)
        return facts.nativeNetWei
      }
      let net = ZERO
      for (const transfer of facts.transfers) {
        if (lower(transfer.token) !== lower(currency)) continue
        if (lower(transfer.to) === lower(owner)) net += transfer.amountWei
        if (lower(transfer.from) === lower(owner)) net -= transfer.amountWei
      }
      return net
    }
    const feesOf = (net: bigint | null, principal: bigint, symbol: string): bigint | null => {
      if (net === null || !owed) return null
      const fees = net - principal
      if (fees < ZERO) {
        notes.push(`the owner received less ${symbol} than the principal: the payout went elsewhere`)
        return null
      }
      return fees
    }
    const fees0Wei = feesOf(received(currency0), at.principal0Wei, 'currency0')
    const fees1Wei = feesOf(received(currency1), at.principal1Wei, 'currency1')
    return { ...at, fees0Wei, fees1Wei, notes: [...new Set(notes)], estimate: notes.length > 0 }
  })
}

/**
 * A V4 position's history in the V2/V3 form computeVersusHolding reads: per modification a 'deposit' (the
 * principal paid in) or 'withdraw' (the principal paid out), and a 'collect' of the fees it paid (none when
 * they are 0 or unknown); `unknown` when some fee is unknown, `notes` the reasons of the estimates.
 */
export function v4HistoryEntries(events: readonly V4FeeEvent[]): {
  entries: HistoryEntry[]
  unknown: boolean
  notes: string[]
} {
  const entries: HistoryEntry[] = []
  for (const event of events) {
    const at = {
      blockNumber: event.blockNumber,
      logIndex: event.logIndex,
      transactionHash: event.transactionHash,
    }
    if (event.liquidityDelta > ZERO)
      entries.push({
        ...at,
        kind: 'deposit',
        amount0Wei: -event.principal0Wei,
        amount1Wei: -event.principal1Wei,
      })
    if (event.liquidityDelta < ZERO)
      entries.push({
        ...at,
        kind: 'withdraw',
        amount0Wei: event.principal0Wei,
        amount1Wei: event.principal1Wei,
      })
    const fees0 = event.fees0Wei ?? ZERO
    const fees1 = event.fees1Wei ?? ZERO
    if (fees0 > ZERO || fees1 > ZERO)
      entries.push({ ...at, kind: 'collect', amount0Wei: fees0, amount1Wei: fees1 })
  }
  return {
    entries,
    unknown: events.some((event) => event.fees0Wei === null || event.fees1Wei === null),
    notes: [...new Set(events.flatMap((event) => event.notes))],
  }
}
