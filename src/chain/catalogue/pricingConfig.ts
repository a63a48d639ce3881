import type { CatalogueCore } from '../../domain/catalogue/types.ts'
import type { PricingConfig, PricingPool } from '../../domain/pricing/pricingTypes.ts'
import { getCatalogueCore } from './getCatalogue.ts'

/**
 * A chain's pricing configuration from its catalogue: USD anchored to its USD token, routed through its
 * known V3 pools then its known V2 pairs. Routes are found at read time (the exact route search in
 * src/domain/pricing): each token is priced through its deepest pool against an already-priced token,
 * fewest hops first.
 */
export function pricingConfigOf(core: CatalogueCore): PricingConfig {
  const v3 = core.v3Pools.map(
    (pool): PricingPool => ({
      kind: 'v3',
      address: pool.address,
      token0: pool.token0,
      token1: pool.token1,
      fee: pool.fee,
    }),
  )
  const v2 = core.v2Pairs.map(
    (pair): PricingPool => ({ kind: 'v2', address: pair.address, token0: pair.token0, token1: pair.token1 }),
  )
  return { usdToken: core.anchors.usdToken, pools: [...v3, ...v2] }
}

/** The pricing configuration of `chainId`; undefined where the app has no catalogue. */
export function getPricingConfig(chainId: number): PricingConfig | undefined {
  const core = getCatalogueCore(chainId)
  return core ? pricingConfigOf(core) : undefined
}
