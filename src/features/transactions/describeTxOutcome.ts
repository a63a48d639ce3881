import type { StoredTx } from '../../domain/transactions/storedTx.ts'

/** What happened to a transaction, in plain words, and what the user can do next. */
export type TxOutcomeText = { status: string; next: string }

const short = (hash: string) => `${hash.slice(0, 10)}…${hash.slice(-4)}`

/**
 * Plain words for a stored transaction's state (the same words in the stepper and the resumed list).
 * @param tx the entry as classified (status, replacedBy, dropReason)
 */
export function describeTxOutcome(
  tx: Pick<StoredTx, 'status' | 'replacedBy' | 'dropReason' | 'receiptBlock'>,
): TxOutcomeText {
  switch (tx.status) {
    case 'pending':
      return { status: 'still pending, watching…', next: 'Keep this page open or come back later.' }
    case 'confirmed':
      return tx.replacedBy
        ? {
            status: `confirmed (sped up in your wallet as ${short(tx.replacedBy)})`,
            next: 'Nothing to do.',
          }
        : { status: 'confirmed', next: 'Nothing to do.' }
    case 'failed':
      return {
        status: 'mined but reverted',
        next: 'Only the gas fee was spent. Review the inputs and send it again.',
      }
    case 'replaced':
      return tx.replacedBy
        ? {
            status: `replaced by ${short(tx.replacedBy)}`,
            next: 'Another transaction with the same nonce was mined instead: check it in your wallet before sending this one again.',
          }
        : {
            status: 'replaced',
            next: 'Another transaction with the same nonce was mined instead: check your wallet before sending this one again.',
          }
    case 'cancelled':
      return {
        status: tx.replacedBy ? `cancelled (by ${short(tx.replacedBy)})` : 'cancelled',
        next: 'It was cancelled in your wallet: nothing it asked for was done. You can send it again.',
      }
    case 'dropped':
      return tx.dropReason === 'chain-reset'
        ? {
            status: 'dropped: the chain was reset since it was sent',
            next: 'It is not on chain now. You can send it again.',
          }
        : {
            status: 'dropped',
            next: 'Nothing was sent on chain; you can send it again.',
          }
  }
}
