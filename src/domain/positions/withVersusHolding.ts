import { amountToUsd } from '../pricing/computeUsdPrices.ts'
import type { PositionView, TokenAmount, TokenMeta, VersusHolding } from './model.ts'

/**
 * A position with its versus-holding figures merged in. For V3 the figures also split the owed
 * amount (collect(max)) into uncollected fees and withdrawn-but-uncollected principal, priced like
 * the rest of the snapshot. Unavailable positions and missing figures are returned unchanged.
 */
export function withVersusHolding(
  position: PositionView,
  figures: VersusHolding | undefined,
  pricesUsd: Readonly<Record<string, number | null>>,
): PositionView {
  if (position.status !== 'ok' || !figures) return position
  if (position.protocol !== 'v3') return { ...position, versusHolding: figures }
  const amountOf = (token: TokenMeta, amountWei: bigint): TokenAmount => ({
    token,
    amountWei,
    valueUsd: amountToUsd(amountWei, token.decimals, pricesUsd[token.address.toLowerCase()]),
  })
  return {
    ...position,
    versusHolding: figures,
    uncollectedFees0: amountOf(position.token0, figures.uncollectedFees0Wei),
    uncollectedFees1: amountOf(position.token1, figures.uncollectedFees1Wei),
    withdrawnUncollected0: amountOf(position.token0, figures.withdrawnUncollected0Wei),
    withdrawnUncollected1: amountOf(position.token1, figures.withdrawnUncollected1Wei),
  }
}
