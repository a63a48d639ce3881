import { QueryClient } from '@tanstack/react-query'
import { hashFn } from 'wagmi/query'

/**
 * The app's TanStack Query client. `hashFn` makes query keys bigint-safe (block numbers, amounts).
 * Window-focus refetching is off: chain data is polled on block cadence where it matters.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { queryKeyHashFn: hashFn, refetchOnWindowFocus: false, retry: 2 },
    },
  })
}
