import type { PoolRow } from './poolsListTypes.ts'

/** Columns the list can be sorted by. */
export type PoolSortKey =
  | 'pair'
  | 'tvlUsd'
  | 'volumeUsd24h'
  | 'volumeUsd7d'
  | 'feesUsd24h'
  | 'feesUsd7d'
  | 'feeApr'
  | 'rewardApr'

export type SortDirection = 'asc' | 'desc'

/** Every sort key, for parsing one from a URL. */
export const POOL_SORT_KEYS = [
  'pair',
  'tvlUsd',
  'volumeUsd24h',
  'volumeUsd7d',
  'feesUsd24h',
  'feesUsd7d',
  'feeApr',
  'rewardApr',
] as const satisfies readonly PoolSortKey[]

/** A pair and its pools (every V3 fee tier, then V2), kept together so tiers compare side by side. */
export interface PoolGroup {
  pairKey: string
  label: string
  rows: PoolRow[]
}

const pairLabel = (row: PoolRow) => `${row.token0.symbol}/${row.token1.symbol}`

/** Within one pair: V3 fee tiers ascending, then V2. */
const byTier = (a: PoolRow, b: PoolRow) =>
  a.kind === b.kind ? a.feePips - b.feePips : a.kind === 'v3' ? -1 : 1

/**
 * The number a numeric column sorts on: the figure itself (never its formatted text), or null when it
 * is unknown. The farm column sorts on the reward APR of a running farm; no farm or an ended one is null.
 */
export function poolSortValue(row: PoolRow, key: Exclude<PoolSortKey, 'pair'>): number | null {
  if (key === 'rewardApr') return row.farm?.active ? row.farm.rewardApr : null
  const value = row[key]
  return value === null || Number.isNaN(value) ? null : value
}

/** Compares two known-or-null values: nulls after every number, whatever the direction; 0 on a tie. */
function compareNullsLast(a: number | null, b: number | null, sign: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return a === b ? 0 : sign * (a - b)
}

/**
 * Orders two pools by one column for the flat (ungrouped) list. Numeric columns compare the figures,
 * unknown ones (null, shown "unavailable") last in both directions; the pair column compares names,
 * then fee tiers ascending. Returns 0 on a tie, so a stable sort keeps tied rows in their input order.
 * @example [low, high].sort((a, b) => comparePoolRows(a, b, 'feeApr', 'desc')) // [high, low]
 */
export function comparePoolRows(a: PoolRow, b: PoolRow, key: PoolSortKey, direction: SortDirection): number {
  const sign = direction === 'asc' ? 1 : -1
  if (key === 'pair') return sign * pairLabel(a).localeCompare(pairLabel(b)) || byTier(a, b)
  return compareNullsLast(poolSortValue(a, key), poolSortValue(b, key), sign)
}

/** Every pool in one list ordered by one column (see comparePoolRows); ties keep the input order. */
export function sortPoolRowsFlat(
  rows: readonly PoolRow[],
  key: PoolSortKey,
  direction: SortDirection,
): PoolRow[] {
  return [...rows].sort((a, b) => comparePoolRows(a, b, key, direction))
}

/**
 * Groups rows by pair (fee tiers ascending, V2 last) and orders the groups by the best value of the
 * sort column among their pools. Unknown values (null) always sort last, whatever the direction.
 */
export function sortPoolRows(
  rows: readonly PoolRow[],
  key: PoolSortKey,
  direction: SortDirection,
): PoolGroup[] {
  const groups = new Map<string, PoolGroup>()
  for (const row of rows) {
    const group = groups.get(row.pairKey) ?? { pairKey: row.pairKey, label: pairLabel(row), rows: [] }
    group.rows.push(row)
    groups.set(row.pairKey, group)
  }
  const sign = direction === 'asc' ? 1 : -1
  for (const group of groups.values()) group.rows.sort(byTier)
  const list = [...groups.values()]
  if (key === 'pair') return list.sort((a, b) => sign * a.label.localeCompare(b.label))
  const best = (group: PoolGroup): number | null => {
    const values = group.rows.map((row) => poolSortValue(row, key)).filter((v): v is number => v !== null)
    if (values.length === 0) return null
    return direction === 'asc' ? Math.min(...values) : Math.max(...values)
  }
  return list.sort((a, b) => compareNullsLast(best(a), best(b), sign) || a.label.localeCompare(b.label))
}
