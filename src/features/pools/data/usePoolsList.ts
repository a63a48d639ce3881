import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useChainId, useConfig } from 'wagmi'
import { buildPoolRows } from '../../../domain/pools/buildPoolRows.ts'
import type { PoolsList } from '../../../domain/pools/poolsListTypes.ts'
import {
  poolsListQueryOptions,
  poolsListSupported,
  sevenDayFiguresLoadFirst,
} from '../../../queries/poolsListQuery.ts'
import { poolsStateQueryOptions } from '../../../queries/poolsStateQuery.ts'

/** Chains whose 7-day figures the user asked for in this session (kept across pages: list ↔ detail). */
const sevenDayChains = new Set<number>()
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The pools list of the selected chain, plus whether the chain has one at all, whether its 7-day
 * figures are asked for, and `loadSevenDays` to ask for them (on demand where the catalogue does not
 * read them with the first load; the answer is cached by the query and the log cache). While the swap
 * logs load, `data` is the list from the state read alone (`swapsLoading`: its volume, fee and fee APR
 * figures are null, shown as loading), so price, TVL, liquidity and farms appear first.
 */
export function usePoolsList() {
  const chainId = useChainId()
  const config = useConfig()
  const requested = useSyncExternalStore(subscribe, () => sevenDayChains.has(chainId))
  const sevenDays = requested || sevenDayFiguresLoadFirst(chainId)
  const query = useQuery(poolsListQueryOptions(config, chainId, sevenDays))
  const stateQuery = useQuery(poolsStateQueryOptions(config, chainId))
  // Where the whole list is cheap (the catalogue reads 7 days at once: the devnet) it shows in one go.
  const staged = !sevenDayFiguresLoadFirst(chainId)
  const preview = useMemo((): PoolsList | undefined => {
    if (!staged || !stateQuery.data) return undefined
    const { config: listConfig, state } = stateQuery.data
    const none = { fromBlock: state.blockNumber, fromTimestamp: state.timestamp, requests: 0 }
    const list = buildPoolRows(listConfig, state, {
      totals24h: new Map(),
      totals7d: new Map(),
      windowSeconds7d: 0,
      windows: {
        day: { ...none, seconds: 86_400, coveredSeconds: 0 },
        week: null,
        timedLogs: true,
        logRanges: 0,
      },
    })
    return {
      ...list,
      rows: list.rows.map((row) => ({
        ...row,
        volumeUsd24h: null,
        volumeUsd7d: null,
        volumeIn24hWei: null,
        volumeIn7dWei: null,
        feesUsd24h: null,
        feesUsd7d: null,
        feeApr: null,
      })),
    }
  }, [staged, stateQuery.data])
  const loadSevenDays = useCallback(() => {
    sevenDayChains.add(chainId)
    for (const listener of listeners) listener()
  }, [chainId])
  const swapsLoading = query.data === undefined && preview !== undefined && query.error === null
  return {
    ...query,
    data: query.data ?? (query.error ? undefined : preview),
    isLoading: query.isLoading && preview === undefined,
    error: query.error ?? (staged ? stateQuery.error : null),
    swapsLoading,
    chainSupported: poolsListSupported(chainId),
    sevenDays,
    loadSevenDays,
  }
}
