import type { Address, Hex } from 'viem'

/**
 * Where a submitted transaction stands. 'replaced': another transaction with the same sender and nonce
 * was mined instead; 'cancelled': that replacement is a self-send with empty data; 'dropped': it is not
 * on chain and never will be (the node forgot it, or the chain was reset).
 */
export type PendingTxStatus = 'pending' | 'confirmed' | 'failed' | 'replaced' | 'cancelled' | 'dropped'

/** A block by number (decimal string: JSON-safe, exact) and hash, to re-check it is still canonical. */
export type StoredBlockRef = { number: string; hash: Hex }

/** A submitted transaction as remembered in the browser (JSON-safe: no bigint). */
export type StoredTx = {
  hash: Hex
  chainId: number
  from: Address
  /** The sender's nonce the transaction used (absent in entries written by older versions). */
  nonce?: number
  /** What it calls, to recognise a wallet speed-up (same call, new hash) after a reload. */
  to?: Address
  /** keccak256 of the calldata (the calldata itself can be kilobytes). */
  dataHash?: Hex
  /** Native value, wei, decimal string. */
  valueWei?: string
  /** The head block when the wallet returned the hash: a reset chain no longer has it. */
  submittedBlock?: StoredBlockRef
  /** Plain words, as the stepper showed it. */
  label: string
  kind: string
  /** Wall-clock ms when submitted (for ordering only). */
  submittedAt: number
  status: PendingTxStatus
  /** Set when replaced or sped up: the transaction that took its place. */
  replacedBy?: Hex
  /** The block of the receipt, re-checked on reload: a reorg that removed it sends it back to pending. */
  receiptBlock?: StoredBlockRef
  /** Why it was dropped. */
  dropReason?: 'not-found' | 'chain-reset'
}
