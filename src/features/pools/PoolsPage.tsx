import { EmptyState } from '../../ui/EmptyState.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'

/** Pools of the selected chain with volume, liquidity and fee tier (content arrives in a later issue). */
export default function PoolsPage() {
  return (
    <>
      <PageHeading
        title="Pools"
        description="Choose where to provide liquidity: volume, liquidity depth and fee tier of each pool, read from the chain."
      />
      <EmptyState
        title="Pool list coming next"
        description="Each V2 pair and V3 pool on this chain will be listed with its 24h volume, TVL, fee APR and any farm rewards. Pick one to project its returns in the Simulator."
        actions={
          <>
            <ButtonLink href="/simulator" variant="primary">
              Open the Simulator
            </ButtonLink>
            <ButtonLink href="/">Back to Positions</ButtonLink>
          </>
        }
      />
    </>
  )
}
