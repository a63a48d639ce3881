import type { Address } from 'viem'
import type { Ratio } from '../../math/index.ts'
import { computeUsdPriceRatios, type PricingPoolState } from './computeUsdPrices.ts'
import type { PricingPool } from './pricingTypes.ts'

/** How far back (chain time) a past price may come from: 7 days. An older event is no evidence. */
export const PAST_PRICE_LOOKBACK_SECONDS = 7 * 24 * 60 * 60

/** A pricing pool's state as one of its events left it: a V3 Swap (sqrt price, liquidity) or a V2 Sync (reserves). */
export type PastPoolEvent =
  | {
      pool: PricingPool
      blockNumber: bigint
      logIndex: number
      timestamp: number
      kind: 'v3'
      sqrtPriceX96: bigint
      liquidity: bigint
    }
  | {
      pool: PricingPool
      blockNumber: bigint
      logIndex: number
      timestamp: number
      kind: 'v2'
      reserve0: bigint
      reserve1: bigint
    }

/**
 * The pricing pools' states at a past block, without archive state: for each pool, the state its
 * LAST Swap (V3) or Sync (V2) event before `blockNumber` left it in (events of the block itself are
 * not used: the price is the one the block started at), only if that event is at most
 * {@link PAST_PRICE_LOOKBACK_SECONDS} of chain time older than `timestamp`. A pool with no such event
 * is left out, so a token only it could price is unpriced ("unavailable"), never guessed.
 * @param events any order
 */
export function pastPoolStates(
  events: readonly PastPoolEvent[],
  blockNumber: bigint,
  timestamp: number,
): PricingPoolState[] {
  const latest = new Map<string, PastPoolEvent>()
  for (const event of events) {
    if (event.blockNumber >= blockNumber) continue
    if (timestamp - event.timestamp > PAST_PRICE_LOOKBACK_SECONDS) continue
    const key = event.pool.address.toLowerCase()
    const current = latest.get(key)
    if (
      !current ||
      event.blockNumber > current.blockNumber ||
      (event.blockNumber === current.blockNumber && event.logIndex > current.logIndex)
    )
      latest.set(key, event)
  }
  return [...latest.values()].map(
    (event): PricingPoolState =>
      event.kind === 'v3'
        ? { ...event.pool, kind: 'v3', sqrtPriceX96: event.sqrtPriceX96, liquidity: event.liquidity }
        : { ...event.pool, kind: 'v2', reserve0: event.reserve0, reserve1: event.reserve1 },
  )
}

/**
 * Exact USD prices (raw USD-token units per raw token unit) at a past block: the same pricing graph
 * as today's prices ({@link computeUsdPriceRatios}), fed with {@link pastPoolStates}. A token absent
 * from the result has no price then ("unavailable").
 * @returns lowercase address → exact ratio
 */
export function pastUsdPriceRatios(
  usdToken: Address,
  events: readonly PastPoolEvent[],
  blockNumber: bigint,
  timestamp: number,
): Map<string, Ratio> {
  return computeUsdPriceRatios(usdToken, pastPoolStates(events, blockNumber, timestamp))
}
