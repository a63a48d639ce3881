import { defineChain } from 'viem'
import { foundry } from 'viem/chains'
import { MULTICALL3_ADDRESS } from './deployCore.ts'

/**
 * viem chain for the devnet: anvil's chain 31337 plus Multicall3, which viem's `foundry` lacks (so
 * `client.multicall` would throw ChainDoesNotSupportContract).
 */
export const devnetChain = defineChain({
  ...foundry,
  contracts: { multicall3: { address: MULTICALL3_ADDRESS, blockCreated: 0 } },
})
