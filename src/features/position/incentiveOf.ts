import { incentiveActive } from '../../chain/write/plans/buildFarmPlan.ts'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'

/**
 * The incentive a V3 position's action uses: a staked one's own (its pending reward's incentive id), else
 * the pool's first incentive active at `chainTime` (else its first), from the catalogue's and the
 * discovered incentives.
 */
export function incentiveOf(
  incentives: readonly V3IncentiveInfo[],
  p: { v3: { pool: string } | null; pendingRewards: readonly { source: string }[] },
  chainTime: bigint | undefined,
): V3IncentiveInfo | undefined {
  const pool = p.v3?.pool.toLowerCase()
  const ofPool = incentives.filter((i) => i.pool.toLowerCase() === pool)
  const stakedIn = new Set(p.pendingRewards.map((r) => r.source.toLowerCase()))
  return (
    ofPool.find((i) => stakedIn.has(i.incentiveId.toLowerCase())) ??
    (chainTime !== undefined ? ofPool.find((i) => incentiveActive(i, chainTime)) : undefined) ??
    ofPool[0]
  )
}
