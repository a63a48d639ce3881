import { EmptyState } from '../../ui/EmptyState.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'

/** The guided add-liquidity form (content arrives in a later issue). */
export default function AddLiquidityPage() {
  return (
    <>
      <PageHeading
        title="Add liquidity"
        description="A guided form: pick a pool and range, see the amounts and the projected APR, then deposit with slippage that does not make the add fail."
      />
      <EmptyState
        title="Guided form coming next"
        description="Start from a pool: the form will check your balances and approvals, suggest ranges in % or ticks from the current price, and handle one-sided (out-of-range) adds."
        actions={
          <>
            <ButtonLink href="/pools" variant="primary">
              Choose a pool
            </ButtonLink>
            <ButtonLink href="/simulator">Simulate first</ButtonLink>
          </>
        }
      />
    </>
  )
}
