import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { readGasPrice } from '../chain/readers/readGasPrice.ts'
import { clientFor } from './client.ts'

/** Query key: ['gasPrice', { chainId }]. */
export function gasPriceQueryKey(chainId: number) {
  return ['gasPrice', { chainId }] as const
}

/** The chain's current gas price (eth_gasPrice) for the simulator's gas costs; refreshed every 30 s. */
export function gasPriceQueryOptions(config: Config, chainId: number) {
  return queryOptions({
    queryKey: gasPriceQueryKey(chainId),
    queryFn: ({ queryKey }) => readGasPrice(clientFor(config, queryKey[1].chainId)),
    staleTime: 30_000,
    refetchInterval: 30_000,
    retry: 1,
  })
}
