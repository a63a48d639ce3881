import type { Address, Hex } from 'viem'

/** What an LP event did, as the ledger names it. */
export type LedgerKind =
  | 'mint'
  | 'increase'
  | 'decrease'
  | 'collect'
  | 'burn'
  | 'stake'
  | 'unstake'
  | 'claim'
  | 'transfer-in'
  | 'transfer-out'

/** Every kind, in the order the filters list them. */
export const LEDGER_KINDS: readonly LedgerKind[] = [
  'mint',
  'increase',
  'decrease',
  'collect',
  'burn',
  'stake',
  'unstake',
  'claim',
  'transfer-in',
  'transfer-out',
]

/**
 * What a leg's amount is: pool principal, fees earned by the position, a farm or staker reward, or the
 * position itself (a V3 NFT, counted 1, or V2 LP tokens).
 */
export type LedgerPart = 'principal' | 'fee' | 'reward' | 'position'

/**
 * One token amount of a ledger row. `direction` is the account's side: 'in' = the wallet received it,
 * 'out' = the wallet paid it, 'none' = nothing moved (a V3 DecreaseLiquidity credits the amount to the
 * position's tokensOwed; a later Collect pays it).
 */
export interface LedgerLeg {
  /** ERC-20 address; for a V3 position leg the position manager (the NFT contract). */
  token: Address
  /** Exact amount the event states (wei, never negative). */
  amountWei: bigint
  direction: 'in' | 'out' | 'none'
  part: LedgerPart
}

/** One LP event of the watched account, exact amounts, in chain order. */
export interface LedgerRow {
  /** `${transactionHash}:${logIndex}`: unique and stable. */
  id: string
  kind: LedgerKind
  blockNumber: bigint
  logIndex: number
  transactionHash: Hex
  /** The block's chain time (unix seconds), when known. */
  timestamp: number | undefined
  /** 'v3:<tokenId>' or 'v2:<pair lowercase>' (the V2 LP holding, wallet or farm). */
  positionId: string
  /** V3 pool or V2 pair; undefined for a V3 position whose pool is unknown. */
  pool: Address | undefined
  legs: LedgerLeg[]
  /**
   * True on a V2 burn: its amounts include the fees the pair compounded into its reserves, which the
   * chain does not separate from principal (the fee part is unavailable, not zero).
   */
  feesNotSeparable?: boolean
  /** Who received a V3 Collect when it was not the account (the amounts did not reach the wallet). */
  paidTo?: Address
}

/** Signed flow of a leg for the account (wei): + received, − paid, 0 nothing moved. */
export function legFlowWei(leg: LedgerLeg): bigint {
  return leg.direction === 'in' ? leg.amountWei : leg.direction === 'out' ? -leg.amountWei : 0n
}
