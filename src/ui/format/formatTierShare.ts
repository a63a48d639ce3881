import { formatPercent } from './formatPercent.ts'

/**
 * A fee tier's share of its pair's total: "60.00%", "60.00% of known (partial)" when some pools of the
 * pair have no figure, "unavailable" when this pool's own figure is unknown.
 * @example formatTierShare({ share: 0.6, partial: true }) // '60.00% of known (partial)'
 */
export function formatTierShare(share: { share: number | null; partial: boolean }): string {
  if (share.share === null) return 'unavailable'
  return share.partial ? `${formatPercent(share.share)} of known (partial)` : formatPercent(share.share)
}
