import { EmptyState } from '../../ui/EmptyState.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'

/** Projects a planned position: fees + rewards against IL and LVR (content arrives in a later issue). */
export default function SimulatorPage() {
  return (
    <>
      <PageHeading
        title="Simulator"
        description="Project what a position in a chosen range would earn (fees and liquidity-mining rewards) against what it would lose (impermanent loss, LVR)."
      />
      <EmptyState
        title="Pick a pool to simulate"
        description="Choose a pool on the Pools page; its range chart, break-even volatility, Monte-Carlo percentiles and backtest on real on-chain history will appear here."
        actions={
          <>
            <ButtonLink href="/pools" variant="primary">
              Choose a pool
            </ButtonLink>
            <ButtonLink href="/add">Add liquidity</ButtonLink>
          </>
        }
      />
    </>
  )
}
