import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useChainId, useConfig } from 'wagmi'
import { defaultSimulatorPool, listSimulatorPools } from '../../domain/catalogue/listSimulatorPools.ts'
import { withListedPools } from '../../domain/catalogue/withListedPools.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { poolsStateQueryOptions } from '../../queries/poolsStateQuery.ts'
import { Banner } from '../../ui/Banner.tsx'
import { Card } from '../../ui/Card.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PAGE_HEADINGS } from '../layout/pageHeadings.ts'
import { PoolPicker } from './components/PoolPicker.tsx'
import { usePoolSnapshot } from './data/usePoolSnapshot.ts'
import { SimulatorView } from './SimulatorView.tsx'
import { useSimulatorParams } from './url/useSimulatorParams.ts'

/** Projects a planned position: fees + rewards against IL and LVR, with the whole state in the URL. */
export default function SimulatorPage() {
  const chainId = useChainId()
  const catalogueQuery = useQuery(catalogueQueryOptions(chainId))
  const catalogue = catalogueQuery.data ?? undefined
  // Public chains: the pools the pools list found for the main pairs join the catalogue's own.
  // (Only there: a catalogue of known pools, the devnet's, lists them all already.)
  const listQuery = useQuery({
    ...poolsStateQueryOptions(useConfig(), chainId),
    enabled: catalogue?.poolsList.from === 'factories',
  })
  const listed = listQuery.data?.config
  const options = useMemo(
    () => (catalogue ? listSimulatorPools(withListedPools(catalogue, listed)) : []),
    [catalogue, listed],
  )
  const waitingForList = catalogue?.poolsList.from === 'factories' && listQuery.isPending
  const { params, ignored, update } = useSimulatorParams()
  const pool = params.pool ?? defaultSimulatorPool(options)
  const { snapshot, incentivesScan } = usePoolSnapshot(pool)

  return (
    <>
      <PageHeading {...PAGE_HEADINGS.simulator} />
      {ignored.length > 0 && (
        <Banner
          tone="warning"
          title="Some link parameters were ignored"
          className="mb-4"
          data-testid="sim-url-notice"
        >
          <ul className="list-disc pl-5">
            {ignored.map((entry) => (
              <li key={entry.name}>
                <code>{entry.name}</code> = “{entry.value.slice(0, 60)}”: {entry.reason}. Using the default.
              </li>
            ))}
          </ul>
        </Banner>
      )}
      {catalogueQuery.isPending ? (
        <div className="flex flex-col gap-3" data-testid="sim-loading">
          <Skeleton className="h-56" />
        </div>
      ) : catalogueQuery.isError ? (
        <Banner tone="error" title="Could not load this network's token list" data-testid="catalogue-error">
          {catalogueQuery.error.message.split('\n')[0]} Reload the page to try again.
        </Banner>
      ) : !catalogue ? (
        <EmptyState
          title="No pools known on this chain"
          description="The simulator reads pools, USD prices and farms from the chain's catalogue, and Poolscope has none for this network: switch to a supported network."
        />
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <Card title="Pool" className="lg:col-span-2">
            <PoolPicker
              options={options}
              value={pool}
              onChange={(next) => update({ pool: next, inverted: undefined })}
            />
          </Card>
          {pool === undefined && waitingForList ? (
            <div className="flex flex-col gap-3 lg:col-span-2" data-testid="sim-loading">
              <Skeleton className="h-56" />
            </div>
          ) : pool === undefined ? (
            <div className="lg:col-span-2" data-testid="sim-no-pool">
              <EmptyState
                title="No pools listed on this network"
                description="Poolscope knows no pools here yet: enter a pool address above to simulate it."
              />
            </div>
          ) : snapshot.isPending ? (
            <div className="flex flex-col gap-3 lg:col-span-2" data-testid="sim-loading">
              <Skeleton className="h-56" />
              <Skeleton className="h-40" />
            </div>
          ) : snapshot.isError ? (
            <div className="lg:col-span-2">
              <Banner
                tone="error"
                title={snapshot.error.name === 'NotAPoolError' ? 'Not a pool' : 'Could not read the pool'}
                data-testid="sim-pool-error"
              >
                {snapshot.error.name === 'NotAPoolError'
                  ? snapshot.error.message
                  : `The chain did not answer: ${snapshot.error.message.split('\n')[0]}`}
              </Banner>
            </div>
          ) : (
            <SimulatorView
              snapshot={snapshot.data}
              incentivesScan={incentivesScan}
              params={params}
              update={update}
              tokens={catalogue.tokens}
            />
          )}
        </div>
      )}
    </>
  )
}
