import type { Address } from 'viem'

/** A pool USD prices may be routed through. */
export interface PricingPool {
  kind: 'v2' | 'v3'
  address: Address
  token0: Address
  token1: Address
  /** V3 fee tier in pips (500 = 0.05 %), when the pool was derived from factory + tokens + fee. */
  fee?: number
}

/** Per chain: the stablecoin every USD value is routed to, and the pools prices may route through. */
export interface PricingConfig {
  usdToken: Address
  pools: readonly PricingPool[]
}
