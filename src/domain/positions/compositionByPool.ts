import type { PositionView } from './model.ts'

/** One slice of the composition chart: the value held in one pool (all its positions summed). */
export interface PoolComposition {
  /** Pool or pair address (lowercase); the key of the slice. */
  pool: string
  /** "WETH/USDC 0.3% V3" (raw symbols: rendered as text only). */
  label: string
  valueUsd: number
  /** Share of the priced total, 0..1. */
  fraction: number
}

/**
 * Value by pool over the 'ok' positions with a price, largest first. Positions without price are
 * left out (the page counts them separately), never added as 0.
 */
export function compositionByPool(positions: readonly PositionView[]): PoolComposition[] {
  const byPool = new Map<string, { label: string; valueUsd: number }>()
  for (const position of positions) {
    if (position.status !== 'ok' || position.valueUsd === null || position.valueUsd <= 0) continue
    const pool = (position.v3?.pool ?? position.v2?.pair ?? position.id).toLowerCase()
    const tier = position.v3 ? ` ${position.v3.fee / 10_000}%` : ''
    const label = `${position.token0.displaySymbol}/${position.token1.displaySymbol}${tier} ${position.protocol.toUpperCase()}`
    const entry = byPool.get(pool) ?? { label, valueUsd: 0 }
    entry.valueUsd += position.valueUsd
    byPool.set(pool, entry)
  }
  const total = [...byPool.values()].reduce((sum, entry) => sum + entry.valueUsd, 0)
  return [...byPool.entries()]
    .map(([pool, entry]) => ({
      pool,
      label: entry.label,
      valueUsd: entry.valueUsd,
      fraction: total > 0 ? entry.valueUsd / total : 0,
    }))
    .sort((a, b) => b.valueUsd - a.valueUsd)
}
