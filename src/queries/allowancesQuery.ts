import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { readAllowances } from '../chain/readers/readAllowances.ts'
import { allowanceChecks } from '../domain/catalogue/knownSpenders.ts'
import type { TokenInfo } from '../domain/catalogue/types.ts'
import { clientFor } from './client.ts'

export interface AllowancesQueryParameters {
  chainId: number
  /** The connected or watched account; undefined keeps the query disabled. */
  owner: Address | undefined
  /** Tokens the user added beside the catalogue's (read against the same spenders). */
  extraTokens?: readonly TokenInfo[] | undefined
}

/** Query key: ['allowances', { chainId, owner, extraTokens }]; ['allowances'] refreshes them all. */
export function allowancesQueryKey(parameters: AllowancesQueryParameters) {
  const { chainId, owner, extraTokens = [] } = parameters
  return ['allowances', { chainId, owner, extraTokens }] as const
}

/**
 * Every allowance `owner` gave the catalogue's known spenders (NPM, routers, staker, farms) on the
 * catalogue's tokens, the extra tokens and the known V2 LP tokens, in one Multicall3 request.
 */
export function allowancesQueryOptions(config: Config, parameters: AllowancesQueryParameters) {
  return queryOptions({
    queryKey: allowancesQueryKey(parameters),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId, owner, extraTokens } = queryKey[1]
      if (!owner) throw new Error('allowances read without an owner')
      const catalogue = await loadCatalogue(chainId)
      if (!catalogue) throw new Error(`Poolscope knows no contracts on chain ${chainId}.`)
      const checks = allowanceChecks(catalogue, extraTokens)
      return readAllowances(clientFor(config, chainId), {
        owner,
        checks,
        multicall3: catalogue.contracts.multicall3,
        signal,
      })
    },
    enabled: parameters.owner !== undefined,
  })
}
