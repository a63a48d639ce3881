import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { readApprovals } from '../chain/readers/readApprovals.ts'
import { allowanceChecks, permit2AllowanceChecks } from '../domain/catalogue/knownSpenders.ts'
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
 * Every allowance `owner` gave the catalogue's known spenders (NPM, routers, staker, farms, Permit2) on the
 * catalogue's tokens, the extra tokens and the known V2 LP tokens, and Permit2's own allowances to its
 * spenders (V4 PositionManager, Universal Router), with the block's time, in one Multicall3 request.
 */
export function allowancesQueryOptions(config: Config, parameters: AllowancesQueryParameters) {
  return queryOptions({
    queryKey: allowancesQueryKey(parameters),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId, owner, extraTokens } = queryKey[1]
      if (!owner) throw new Error('allowances read without an owner')
      const catalogue = await loadCatalogue(chainId)
      if (!catalogue) throw new Error(`Poolscope knows no contracts on chain ${chainId}.`)
      return readApprovals(clientFor(config, chainId), {
        owner,
        checks: allowanceChecks(catalogue, extraTokens),
        permit2Checks: permit2AllowanceChecks(catalogue, extraTokens),
        multicall3: catalogue.contracts.multicall3,
        signal,
      })
    },
    enabled: parameters.owner !== undefined,
  })
}
