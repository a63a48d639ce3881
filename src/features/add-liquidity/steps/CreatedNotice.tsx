import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatTokenLabel } from '../../../ui/format/formatTokenLabel.ts'

/** After a flow that created a pool or pair: what was created, where, and that the form lists it now. */
export function CreatedNotice(props: { pool: PoolChoice }) {
  const { pool } = props
  const what = pool.protocol === 'v3' ? `V3 pool (${formatFeeTier(pool.fee)})` : 'V2 pair'
  return (
    <p
      className="mt-3 text-sm [overflow-wrap:anywhere]"
      data-testid="created-notice"
      data-address={pool.address}
    >
      Created the {formatTokenLabel(pool.token0)}/{formatTokenLabel(pool.token1)} {what} at{' '}
      <span className="font-mono">{pool.address}</span> with your deposit. It is now in the pool list above
      {pool.imported ? ' (as an unlisted pool)' : ''}.
    </p>
  )
}

/** Before the review of a new V2 pair: why the minimums are the typed amounts and the slippage does not apply. */
export function CreatePairReviewNote() {
  return (
    <p className="text-sm" data-testid="create-pair-review-note">
      Creating a pair: the minimums below are exactly the amounts you typed. A new pair takes exactly what is
      sent, so they cost nothing; and if someone seeds this pair first at another ratio, the deposit reverts
      instead of adding at their price. The slippage setting does not apply. Whether the pair exists is
      checked again right before the first transaction.
    </p>
  )
}
