import { parseAsStringLiteral, useQueryState } from 'nuqs'
import { Button } from '../../ui/Button.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PAGE_HEADINGS } from '../layout/pageHeadings.ts'
import { AddLiquidityForm } from './AddLiquidityForm.tsx'
import { ManageLinks } from './manage/ManageLinks.tsx'

const TAB_PARSER = parseAsStringLiteral(['add', 'manage'] as const)
  .withDefault('add')
  .withOptions({ history: 'push', clearOnDefault: false })

/** Add liquidity (guided) and manage what you hold: two tabs on one route. */
export default function AddLiquidityPage() {
  // The tab is in the URL, so the resume banner of a running flow can link back to its tab.
  // Each tab switch is a history entry (the back button returns to the other tab); an unknown tab is Add.
  const [tab, setTabState] = useQueryState('tab', TAB_PARSER)
  const setTab = (next: 'add' | 'manage') => void setTabState(next)
  return (
    <>
      <PageHeading {...PAGE_HEADINGS.add} />
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
      {tab === 'add' ? <AddLiquidityForm /> : <ManageLinks />}
    </>
  )
}
