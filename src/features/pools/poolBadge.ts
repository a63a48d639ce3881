import type { PoolRow } from '../../domain/pools/poolsListTypes.ts'
import { formatFeeTier } from '../../ui/format/formatFeeTier.ts'

/** The protocol badge of a pool row: "V2 0.3%", "V3 0.05%", "V4 0.25%" (V4 dynamic: "V4 dynamic 0.3%"). */
export function poolBadge(row: Pick<PoolRow, 'kind' | 'feePips' | 'v4'>): string {
  if (row.kind === 'v2') return 'V2 0.3%'
  if (row.kind === 'v3') return `V3 ${formatFeeTier(row.feePips)}`
  return `V4 ${row.v4?.dynamicFee ? 'dynamic ' : ''}${formatFeeTier(row.feePips)}`
}
