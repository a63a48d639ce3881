import {
  BlockNotFoundError,
  type Client,
  type Hex,
  keccak256,
  type Transaction,
  TransactionNotFoundError,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
} from 'viem'
import {
  getBlock,
  getBlockNumber,
  getTransaction,
  getTransactionCount,
  getTransactionReceipt,
} from 'viem/actions'
import type { StoredBlockRef, StoredTx } from '../../domain/transactions/storedTx.ts'

/**
 * Blocks after submission with the nonce still unused and the hash unknown to the node before a
 * transaction counts as dropped: 12 blocks is ~2.5 min on Ethereum, several times the usual inclusion
 * delay of a transaction the node still knows, and a dropped one never comes back by itself.
 */
export const DROP_AFTER_BLOCKS = 12n
/** At most this many blocks after submission are searched for the transaction that used our nonce. */
export const REPLACEMENT_SEARCH_BLOCKS = 256n

/** What the chain says about a stored transaction now. */
export type TxClassification =
  | { status: 'pending'; reorged: boolean }
  | {
      status: 'confirmed' | 'failed'
      receipt: TransactionReceipt
      receiptBlock: StoredBlockRef
      /** Set when the wallet sped it up: the same call mined under this hash. */
      replacedBy?: Hex
    }
  | { status: 'replaced' | 'cancelled'; replacedBy?: Hex }
  | { status: 'dropped'; dropReason: 'not-found' | 'chain-reset' }

async function orUndefined<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    if (
      error instanceof TransactionReceiptNotFoundError ||
      error instanceof TransactionNotFoundError ||
      error instanceof BlockNotFoundError
    )
      return undefined
    throw error
  }
}

/** The receipt when its block is still the canonical one at that height; undefined otherwise. */
async function canonicalReceipt(client: Client, hash: Hex) {
  const receipt = await orUndefined(getTransactionReceipt(client, { hash }))
  if (!receipt) return { receipt: undefined, reorged: false }
  const block = await orUndefined(getBlock(client, { blockNumber: receipt.blockNumber }))
  if (block?.hash?.toLowerCase() !== receipt.blockHash.toLowerCase())
    return { receipt: undefined, reorged: true }
  return { receipt, reorged: false }
}

const mined = (receipt: TransactionReceipt, replacedBy?: Hex): TxClassification => ({
  status: receipt.status === 'success' ? 'confirmed' : 'failed',
  receipt,
  receiptBlock: { number: receipt.blockNumber.toString(), hash: receipt.blockHash },
  ...(replacedBy ? { replacedBy } : {}),
})

/** Same call, value and target as the stored one: a wallet speed-up, whose receipt is ours. */
function isSpeedUp(tx: StoredTx, other: Transaction): boolean {
  return (
    tx.to !== undefined &&
    tx.dataHash !== undefined &&
    tx.valueWei !== undefined &&
    other.to?.toLowerCase() === tx.to.toLowerCase() &&
    keccak256(other.input) === tx.dataHash &&
    other.value.toString() === tx.valueWei
  )
}

/**
 * The transaction of `tx.from` with `tx.nonce`, searched in the blocks after submission (at most
 * REPLACEMENT_SEARCH_BLOCKS of them); `complete` says whether the search reached the head.
 */
async function findNonceUser(
  client: Client,
  tx: StoredTx,
  head: bigint,
): Promise<{ found: Transaction | undefined; complete: boolean }> {
  const first = tx.submittedBlock ? BigInt(tx.submittedBlock.number) : head - REPLACEMENT_SEARCH_BLOCKS
  const from = first < 0n ? 0n : first
  const last = from + REPLACEMENT_SEARCH_BLOCKS < head ? from + REPLACEMENT_SEARCH_BLOCKS : head
  const sender = tx.from.toLowerCase()
  for (let n = from; n <= last; n++) {
    const block = await orUndefined(getBlock(client, { blockNumber: n, includeTransactions: true }))
    const found = block?.transactions.find((t) => t.from.toLowerCase() === sender && t.nonce === tx.nonce)
    if (found) return { found, complete: true }
  }
  return { found: undefined, complete: last === head && tx.submittedBlock !== undefined }
}

/**
 * Classifies a stored transaction against the chain as it is now:
 * 1. its receipt, if its block is still canonical → confirmed / failed (a reorged receipt is not trusted);
 * 2. the stored submission block gone or different (head below it, another hash) → dropped: chain reset;
 * 3. the sender's nonce used by another transaction → replaced by it, or cancelled when it is a self-send
 *    with empty data, or (a wallet speed-up of the same call) its receipt is ours; with no transaction
 *    found at that nonce, 'replaced' only when the search was cut at REPLACEMENT_SEARCH_BLOCKS;
 * 4. the nonce unused: pending while the node knows the hash, dropped after DROP_AFTER_BLOCKS without it.
 * RPC errors propagate: the caller retries (an outage is not a verdict).
 */
export async function classifyStoredTx(client: Client, tx: StoredTx): Promise<TxClassification> {
  // The nonce count is read first: whatever block used the nonce is then at or below the head read next.
  const used =
    tx.nonce === undefined
      ? undefined
      : await getTransactionCount(client, { address: tx.from, blockTag: 'latest' })
  const own = await canonicalReceipt(client, tx.hash)
  if (own.receipt) return mined(own.receipt)
  const head = await getBlockNumber(client, { cacheTime: 0 })
  if (tx.submittedBlock) {
    const submitted = BigInt(tx.submittedBlock.number)
    const block =
      submitted > head ? undefined : await orUndefined(getBlock(client, { blockNumber: submitted }))
    if (block?.hash?.toLowerCase() !== tx.submittedBlock.hash.toLowerCase())
      return { status: 'dropped', dropReason: 'chain-reset' }
  }
  if (used !== undefined && tx.nonce !== undefined && used > tx.nonce) {
    const { found: other, complete } = await findNonceUser(client, tx, head)
    // Searched up to the head without finding the nonce's user: the node is inconsistent for a moment
    // (e.g. our own transaction just mined); look again next time rather than guess.
    if (!other) return complete ? { status: 'pending', reorged: own.reorged } : { status: 'replaced' }
    // Our own hash at that nonce: the receipt was just not served yet; look again next time.
    if (other.hash.toLowerCase() === tx.hash.toLowerCase()) return { status: 'pending', reorged: own.reorged }
    if (isSpeedUp(tx, other)) {
      const theirs = await canonicalReceipt(client, other.hash)
      if (theirs.receipt) return mined(theirs.receipt, other.hash)
      return { status: 'pending', reorged: own.reorged }
    }
    const selfSend = other.to?.toLowerCase() === tx.from.toLowerCase() && other.input === '0x'
    return { status: selfSend ? 'cancelled' : 'replaced', replacedBy: other.hash }
  }
  const known = await orUndefined(getTransaction(client, { hash: tx.hash }))
  if (known) return { status: 'pending', reorged: own.reorged }
  if (tx.submittedBlock && head - BigInt(tx.submittedBlock.number) >= DROP_AFTER_BLOCKS)
    return { status: 'dropped', dropReason: 'not-found' }
  return { status: 'pending', reorged: own.reorged }
}

/** The stored entry updated with a classification (what is persisted and shown). */
export function applyClassification(tx: StoredTx, result: TxClassification): StoredTx {
  const { replacedBy: _r, receiptBlock: _b, dropReason: _d, ...base } = tx
  switch (result.status) {
    case 'pending':
      return { ...base, status: 'pending' }
    case 'confirmed':
    case 'failed':
      return {
        ...base,
        status: result.status,
        receiptBlock: result.receiptBlock,
        ...(result.replacedBy ? { replacedBy: result.replacedBy } : {}),
      }
    case 'replaced':
    case 'cancelled':
      return {
        ...base,
        status: result.status,
        ...(result.replacedBy ? { replacedBy: result.replacedBy } : {}),
      }
    case 'dropped':
      return { ...base, status: 'dropped', dropReason: result.dropReason }
  }
}
