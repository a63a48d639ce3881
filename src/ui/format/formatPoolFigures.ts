import { formatPercent } from './formatPercent.ts'
import { formatPrice } from './formatPrice.ts'
import { formatUsd } from './formatUsd.ts'

/** What the pool-level figures are formatted from (a pools-list row has these fields). */
export type PoolFigureSource = {
  /** False when the pool's state read failed: every figure is "unavailable". */
  available: boolean
  /** Whole token1 per whole token0. */
  price: number | null
  tvlUsd: number | null
  volumeUsd24h: number | null
  /** The 24 h pool fee APR (fraction per year). */
  feeApr: number | null
  /** The farm paying the pool, with its reward APR per dollar staked; null = no farm. */
  farm: { active: boolean; rewardApr: number | null } | null
}

/** The `data-figure` names of the pool-level figures, the same on every page. */
export type PoolFigureName = 'price' | 'tvl' | 'volume24h' | 'fee-apr' | 'reward-apr'

/**
 * The display text of every pool-level figure, so each page that shows one shows the same text:
 * USD compact ("$1.2M"), percents as formatPercent (two decimals), the price in token1 per token0 as formatPrice (four significant digits).
 * Unknown figures say why ("unavailable", "no price", "no farm", "ended"), never a number.
 * @example formatPoolFigures({ available: true, price: 2000, tvlUsd: 1.5e6, volumeUsd24h: 0, feeApr: 0.1, farm: null })['tvl'] // '$1.5M'
 */
export function formatPoolFigures(row: PoolFigureSource): Record<PoolFigureName, string> {
  if (!row.available)
    return {
      price: 'unavailable',
      tvl: 'unavailable',
      volume24h: 'unavailable',
      'fee-apr': 'unavailable',
      'reward-apr': 'unavailable',
    }
  return {
    price: row.price === null ? 'unavailable' : formatPrice(row.price),
    tvl: formatUsd(row.tvlUsd, { compact: true }),
    volume24h: formatUsd(row.volumeUsd24h, { compact: true }),
    'fee-apr': row.feeApr === null ? 'no price' : formatPercent(row.feeApr),
    'reward-apr': !row.farm
      ? 'no farm'
      : !row.farm.active
        ? 'ended'
        : row.farm.rewardApr === null
          ? 'no price'
          : formatPercent(row.farm.rewardApr),
  }
}
