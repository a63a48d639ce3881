import type { Address } from 'viem'

/** The address answers neither as a Uniswap V3 pool nor as a V2 pair. */
export class NotAPoolError extends Error {
  override name = 'NotAPoolError'
  constructor(readonly address: Address) {
    super(`${address} is not a Uniswap V3 pool or V2 pair on this chain.`)
  }
}
