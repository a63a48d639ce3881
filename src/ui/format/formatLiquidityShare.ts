import { formatPercent } from './formatPercent.ts'

/**
 * A liquidity L as its share of the pool's active (in-range) liquidity: "12.34%", "<0.01%". Raw L
 * ("4.96e17", "738B") means nothing to a reader; its share of what trades now does.
 * @param share liquidity / active liquidity (1 = as much as is active now); null = unknown
 * @example formatLiquidityShare(0.1234) // '12.34%'
 */
export function formatLiquidityShare(share: number | null): string {
  return formatPercent(share)
}

/**
 * The same share for a chart's axis ticks: whole percents ("0%", "150%"), no decimals to crowd the axis.
 * @example formatLiquidityShareTick(1.5) // '150%'
 */
export function formatLiquidityShareTick(share: number): string {
  if (!Number.isFinite(share)) return ''
  return `${Math.round(share * 100).toLocaleString('en-US')}%`
}
