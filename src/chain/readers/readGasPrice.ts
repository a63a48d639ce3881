import type { Client } from 'viem'
import { getBlock, getGasPrice } from 'viem/actions'

/** The chain's gas price now: what an LP action would pay per gas unit. */
export type GasPriceReading = {
  /** eth_gasPrice (legacy price: base fee + the node's suggested tip), wei per gas. */
  gasPriceWei: bigint
  /** The latest block's base fee (EIP-1559), wei per gas; null on a chain without one. */
  baseFeeWei: bigint | null
  blockNumber: bigint
}

/**
 * Reads eth_gasPrice and the latest block's base fee (one round trip each).
 * @throws the RPC's error when either read fails
 */
export async function readGasPrice(client: Client): Promise<GasPriceReading> {
  const [gasPriceWei, block] = await Promise.all([
    getGasPrice(client),
    getBlock(client, { blockTag: 'latest' }),
  ])
  return { gasPriceWei, baseFeeWei: block.baseFeePerGas ?? null, blockNumber: block.number }
}
