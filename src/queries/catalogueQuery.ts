import { queryOptions } from '@tanstack/react-query'
import { getBundledCatalogue, getCatalogueCore, loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import type { ChainCatalogue } from '../domain/catalogue/types.ts'

export { isPoolsListChain } from '../chain/catalogue/poolsListConfig.ts'

/** Query key of a chain's catalogue: ['catalogue', { chainId }]. */
export function catalogueQueryKey(chainId: number) {
  return ['catalogue', { chainId }] as const
}

/** Whether Poolscope has a catalogue (contracts, anchors, known pools) for `chainId`. Synchronous. */
export function isCatalogueChain(chainId: number): boolean {
  return getCatalogueCore(chainId) !== undefined
}

/**
 * Query options of a chain's catalogue: contracts, tokens, anchors, known pools and farms. Local data, no
 * RPC request: a public chain's token list is a dynamic import, loaded once (`staleTime: Infinity`). A
 * chain whose catalogue is bundled (the devnet), or that has none (`null`), starts with its data, so there
 * is no loading state.
 */
export function catalogueQueryOptions(chainId: number) {
  const initialData: ChainCatalogue | null | undefined =
    getBundledCatalogue(chainId) ?? (isCatalogueChain(chainId) ? undefined : null)
  return queryOptions({
    queryKey: catalogueQueryKey(chainId),
    queryFn: async ({ queryKey }): Promise<ChainCatalogue | null> =>
      (await loadCatalogue(queryKey[1].chainId)) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    ...(initialData !== undefined ? { initialData } : {}),
  })
}
