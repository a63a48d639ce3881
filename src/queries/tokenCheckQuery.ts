import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { getCatalogueCore } from '../chain/catalogue/getCatalogue.ts'
import { readTokenCheck } from '../chain/readTokenCheck.ts'
import { clientFor } from './client.ts'

export interface TokenCheckQueryParameters {
  chainId: number
  /** The pasted address (checksummed); undefined while the field holds no valid address. */
  token: Address | undefined
}

/** Query key: ['tokenCheck', { chainId, token }]. */
export function tokenCheckQueryKey(parameters: TokenCheckQueryParameters) {
  return ['tokenCheck', { chainId: parameters.chainId, token: parameters.token }] as const
}

/** A pasted token's on-chain metadata and ERC-20 probe; the page judges it against the token list. */
export function tokenCheckQueryOptions(config: Config, parameters: TokenCheckQueryParameters) {
  const multicall3 = getCatalogueCore(parameters.chainId)?.contracts.multicall3
  return queryOptions({
    queryKey: tokenCheckQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, token } = queryKey[1]
      const multicall = getCatalogueCore(chainId)?.contracts.multicall3
      if (!token || !multicall) throw new Error('token check ran without its parameters')
      return readTokenCheck(clientFor(config, chainId), { multicall3: multicall, token, signal })
    },
    enabled: parameters.token !== undefined && multicall3 !== undefined,
  })
}
