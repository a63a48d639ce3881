import { useQuery } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { useChainId, useConfig } from 'wagmi'
import {
  poolsListQueryOptions,
  poolsListSupported,
  sevenDayFiguresLoadFirst,
} from '../../../queries/poolsListQuery.ts'

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
 * read them with the first load; the answer is cached by the query and the log cache).
 */
export function usePoolsList() {
  const chainId = useChainId()
  const requested = useSyncExternalStore(subscribe, () => sevenDayChains.has(chainId))
  const sevenDays = requested || sevenDayFiguresLoadFirst(chainId)
  const query = useQuery(poolsListQueryOptions(useConfig(), chainId, sevenDays))
  const loadSevenDays = useCallback(() => {
    sevenDayChains.add(chainId)
    for (const listener of listeners) listener()
  }, [chainId])
  return { ...query, chainSupported: poolsListSupported(chainId), sevenDays, loadSevenDays }
}
