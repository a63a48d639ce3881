import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readAllowance } from '../chain/readAllowance.ts'
import { clientFor } from './client.ts'

export interface AllowanceQueryParameters {
  chainId: number
  token: Address
  owner: Address
  /** undefined while there is no spender (the query stays disabled). */
  spender: Address | undefined
  /** What the read belongs to (e.g. the deposit's transaction hash): a new one reads again. */
  scope?: string | undefined
}

/** Query key: ['allowance', { chainId, token, owner, spender, scope }]. */
export function allowanceQueryKey(parameters: AllowanceQueryParameters) {
  const { chainId, token, owner, spender, scope } = parameters
  return ['allowance', { chainId, token, owner, spender, scope }] as const
}

/** An ERC-20 allowance, e.g. the LP allowance a farm already has (it decides the approval steps). */
export function allowanceQueryOptions(config: Config, parameters: AllowanceQueryParameters) {
  return queryOptions({
    queryKey: allowanceQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, token, owner, spender } = queryKey[1]
      if (!spender) throw new Error('allowance read without a spender')
      return readAllowance(clientFor(config, chainId), { token, owner, spender, signal })
    },
    enabled: parameters.spender !== undefined,
  })
}
