import { useState } from 'react'
import { Button } from '../../ui/Button.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { ManagePositions } from '../manage/ManagePositions.tsx'
import { PendingTransactions } from '../transactions/PendingTransactions.tsx'
import { AddLiquidityForm } from './AddLiquidityForm.tsx'

/** Add liquidity (guided) and manage what you hold: two tabs on one route. */
export default function AddLiquidityPage() {
  const [tab, setTab] = useState<'add' | 'manage'>(() =>
    typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('tab') === 'manage'
      ? 'manage'
      : 'add',
  )
  return (
    <>
      <PageHeading
        title="Add liquidity"
        description="A guided form: pick a pool and range, see the exact amounts, minimums and risks, then approve and deposit — every transaction simulated before you sign."
      />
      <PendingTransactions />
      <div className="mb-4 flex gap-2" role="tablist">
        <Button
          role="tab"
          aria-selected={tab === 'add'}
          variant={tab === 'add' ? 'primary' : 'secondary'}
          onClick={() => setTab('add')}
          data-testid="tab-add"
        >
          Add
        </Button>
        <Button
          role="tab"
          aria-selected={tab === 'manage'}
          variant={tab === 'manage' ? 'primary' : 'secondary'}
          onClick={() => setTab('manage')}
          data-testid="tab-manage"
        >
          Manage positions
        </Button>
      </div>
      {tab === 'add' ? <AddLiquidityForm /> : <ManagePositions />}
    </>
  )
}
