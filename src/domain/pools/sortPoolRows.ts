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

/** A pair and its pools (every V3 fee tier, then V2), kept together so tiers compare side by side. */
export interface PoolGroup {
  pairKey: string
  label: string
  rows: PoolRow[]
}

const pairLabel = (row: PoolRow) => `${row.token0.symbol}/${row.token1.symbol}`

function sortValue(row: PoolRow, key: Exclude<PoolSortKey, 'pair'>): number | null {
  if (key === 'rewardApr') return row.farm?.active ? row.farm.rewardApr : null
  return row[key]
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
  for (const group of groups.values())
    group.rows.sort((a, b) => (a.kind === b.kind ? a.feePips - b.feePips : a.kind === 'v3' ? -1 : 1))
  const list = [...groups.values()]
  if (key === 'pair') return list.sort((a, b) => sign * a.label.localeCompare(b.label))
  const best = (group: PoolGroup): number | null => {
    const values = group.rows.map((row) => sortValue(row, key)).filter((v): v is number => v !== null)
    if (values.length === 0) return null
    return direction === 'asc' ? Math.min(...values) : Math.max(...values)
  }
  return list.sort((a, b) => {
    const va = best(a)
    const vb = best(b)
    if (va === null && vb === null) return a.label.localeCompare(b.label)
    if (va === null) return 1
    if (vb === null) return -1
    return va === vb ? a.label.localeCompare(b.label) : sign * (va - vb)
  })
}
