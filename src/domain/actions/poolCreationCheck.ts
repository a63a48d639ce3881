import type { Address } from 'viem'
import type { ReferencePrice } from './priceDeviation.ts'

/** What the chain says about a pool the user wants to create. */
export type PoolCreationCheck = {
  /** The factory already has this pool (created outside the list): it must not be "created" again. */
  existingPool: Address | undefined
  /** Spot prices of the same pair in the listed pools, to compare the starting price with. */
  references: ReferencePrice[]
}
