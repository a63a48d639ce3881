/** What the fee-tier share means, for the figure's basis note. */
export const FEE_TIER_SHARE_BASIS =
  "This pool's TVL and 24 h volume over the sum across every listed pool of the pair (all fee tiers, V2 and V3). 'partial': some pools of the pair have no figure, so the share is of the known pools only."

/** One pool of a pair with the figures its share is taken of (USD; null = unknown). */
export type TierFigures = { address: string; tvlUsd: number | null; volumeUsd24h: number | null }

/** A share of the pair's total, and whether that total misses pools whose figure is unknown. */
export type TierShare = { share: number | null; partial: boolean }

/**
 * THE fee-tier share: a pool's TVL (or 24 h volume) over the sum of that figure across every pool of its
 * pair (all fee tiers and protocols listed). null when the pool's own figure is unknown or the pair's sum
 * is 0; `partial` when another pool's figure is unknown (the share is then of the known pools only).
 * @example feeTierShares([{ address: 'a', tvlUsd: 30, volumeUsd24h: 1 }, { address: 'b', tvlUsd: 10, volumeUsd24h: null }]).get('a') // { tvl: { share: 0.75, partial: false }, volume24h: { share: 1, partial: true } }
 */
export function feeTierShares(
  pools: readonly TierFigures[],
): Map<string, { tvl: TierShare; volume24h: TierShare }> {
  const shareOf = (pick: (pool: TierFigures) => number | null) => {
    const known = pools.map(pick).filter((value): value is number => value !== null && Number.isFinite(value))
    const total = known.reduce((sum, value) => sum + value, 0)
    const partial = known.length < pools.length
    return (pool: TierFigures): TierShare => {
      const value = pick(pool)
      return {
        share: value === null || !Number.isFinite(value) || total <= 0 ? null : value / total,
        partial,
      }
    }
  }
  const tvl = shareOf((pool) => pool.tvlUsd)
  const volume = shareOf((pool) => pool.volumeUsd24h)
  return new Map(
    pools.map((pool) => [pool.address.toLowerCase(), { tvl: tvl(pool), volume24h: volume(pool) }]),
  )
}
