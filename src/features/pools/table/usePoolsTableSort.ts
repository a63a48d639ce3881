import { parseAsBoolean, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { POOL_SORT_KEYS, type PoolSortKey, type SortDirection } from '../../../domain/pools/sortPoolRows.ts'

const SORT_PARSERS = {
  sort: parseAsStringLiteral(POOL_SORT_KEYS).withDefault('tvlUsd'),
  dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('desc'),
  group: parseAsBoolean.withDefault(true),
}

/**
 * The pools table's sort column, direction and grouping, kept in the URL (`?sort=feeApr&dir=asc&group=false`)
 * so a sorted list can be shared and survives a reload. Defaults (TVL, descending, grouped) stay out of it.
 */
export function usePoolsTableSort() {
  const [{ sort, dir, group }, setQuery] = useQueryStates(SORT_PARSERS, { history: 'replace' })
  return {
    sortKey: sort,
    direction: dir,
    grouped: group,
    /** The same column flips the direction; a new one starts descending (the pair name ascending). */
    sortBy(key: PoolSortKey) {
      const direction: SortDirection =
        key === sort ? (dir === 'desc' ? 'asc' : 'desc') : key === 'pair' ? 'asc' : 'desc'
      void setQuery({ sort: key, dir: direction })
    },
    setGrouped(grouped: boolean) {
      void setQuery({ group: grouped })
    },
  }
}
